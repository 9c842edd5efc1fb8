#!/usr/bin/env bash
# Load-tests POST /api/autograd with the lesson's worked example, using wrk, on this machine only.
#
#   scripts/load-test-autograd.sh              builds the jar, starts it on a free loopback port, tests it, stops it
#   scripts/load-test-autograd.sh URL          tests an application that is already running at URL (loopback only)
#
# Environment: WARMUP (default 10s), DURATION (default 20s), THREADS (default 2), CONNECTIONS (default 32),
# JAVA_OPTS (for the started application). Prints requests per second and the p50, p90 and p99 latencies.
set -euo pipefail

WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk" >&2
	exit 2
fi

work="$(mktemp -d)"
app_pid=""
cleanup() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

if [[ $# -ge 1 ]]; then
	base="${1%/}"
	host="$(echo "$base" | sed -E 's#^[a-z]+://(\[[^]]*\]|[^/:]*).*#\1#')"
	case "$host" in
		localhost | 127.* | "[::1]") ;;
		*)
			echo "Refusing to load-test $host: only loopback addresses (localhost, 127.0.0.0/8, [::1]) are allowed." >&2
			exit 2
			;;
	esac
else
	echo "Building the application..."
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	jar="$(ls "$ROOT"/target/*.jar | grep -v -- '-plain.jar$' | head -n 1)"
	echo "Starting $jar on a free loopback port..."
	# an in-memory database, so that the test neither needs nor touches the real one
	java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
		--spring.datasource.url=jdbc:h2:mem:loadtest --logging.level.root=WARN \
		--logging.level.org.springframework.boot.tomcat=INFO --logging.level.org.springframework.boot.web=INFO \
		>"$work/app.log" 2>&1 &
	app_pid=$!
	port=""
	for _ in $(seq 1 120); do
		port="$(grep -oE 'started on port[s]?[^0-9]*[0-9]+' "$work/app.log" | grep -oE '[0-9]+$' | head -n 1 || true)"
		[[ -n "$port" ]] && break
		if ! kill -0 "$app_pid" 2>/dev/null; then
			echo "The application did not start:" >&2
			tail -n 40 "$work/app.log" >&2
			exit 1
		fi
		sleep 0.5
	done
	if [[ -z "$port" ]]; then
		echo "The application did not report its port within 60 seconds." >&2
		tail -n 40 "$work/app.log" >&2
		exit 1
	fi
	base="http://127.0.0.1:$port"
fi

url="$base/api/autograd"
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"gradCheck":true}'

function done(summary, latency, requests)
	local seconds = summary.duration / 1e6
	io.write(string.format("requests:     %d in %.1f s\n", summary.requests, seconds))
	io.write(string.format("requests/s:   %.0f\n", summary.requests / seconds))
	io.write(string.format("non-2xx:      %d\n", summary.errors.status))
	io.write(string.format("socket errs:  %d\n", summary.errors.connect + summary.errors.read
		+ summary.errors.write + summary.errors.timeout))
	for _, p in ipairs({ 50, 90, 99 }) do
		io.write(string.format("p%d latency:  %.2f ms\n", p, latency:percentile(p) / 1000))
	end
end
LUA

echo "Checking $url ..."
curl -fsS -H 'Content-Type: application/json' \
	-d '{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"gradCheck":true}' "$url" >/dev/null

echo "Warming up for $WARMUP..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$work/post.lua" "$url" >/dev/null
echo "Measuring for $DURATION with $THREADS threads and $CONNECTIONS connections..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$work/post.lua" "$url" | sed -n '/^requests:/,$p'
