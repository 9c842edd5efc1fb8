#!/usr/bin/env bash
# Side-by-side HTTP benchmark (issue 13): the application against nginx serving byte-for-byte copies of the
# application's own answers, measured with wrk in the same run, on loopback only. Not a test; .ci/run does not run it.
#
#   scripts/bench-http.sh            uses target/ai-educademy-*.jar (builds it when missing)
#
# It starts the jar (java -jar, an in-memory database, the write and fair-share limits raised so that wrk measures
# answers rather than 429s) and times start-up to ready and the first requests after it. It then saves what the
# application answers for each case (body and headers), starts nginx (Debian's nginx-light, as a plain process with
# its own configuration in a temporary folder) serving those bytes with the same headers, warms both up, runs wrk
# against each in turn and prints requests per second, p99 latency and the ratio app / nginx. Both are stopped and
# the temporary folder removed at the end, also on failure or Ctrl-C.
#
# Besides the rates it prints the application's CPU time per answer and its share of the cores during each run.
#
# Settings (environment): APP_PORT (8184), NGINX_PORT (18184), THREADS (2), CONNECTIONS (32), DURATION (10s, each
# measurement), PREWARM (20s, every case against the application before any is measured), WARMUP (5s, the
# application per case just before its run; nginx gets 2s), JAR, JAVA_OPTS, CASES (space-separated names
# to run a subset).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP_PORT="${APP_PORT:-8184}"
NGINX_PORT="${NGINX_PORT:-18184}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
PREWARM="${PREWARM:-20s}"
LESSON=/programs/ai-sprouts/lessons/backpropagation
QUICK_CHECK=backpropagation.chain-rule-local-derivatives
WORKED='{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"graph":GRAPH}'

for tool in wrk nginx curl java; do
	command -v "$tool" >/dev/null 2>&1 || [[ -x "/usr/sbin/$tool" ]] || {
		echo "$tool is not installed (Debian: apt-get install wrk nginx-light curl openjdk-17-jre-headless)" >&2
		exit 2
	}
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d)"
chmod 0755 "$work" # nginx's workers run as nobody and read the copies from here
app_pid=""
nginx_pid=""
cleanup() {
	for pid in "$nginx_pid" "$app_pid"; do
		if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
			wait "$pid" 2>/dev/null || true
		fi
	done
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'echo "bench-http.sh stopped at line $LINENO" >&2' ERR

jar="${JAR:-$(ls "$ROOT"/target/ai-educademy-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)}"
if [[ -z "$jar" ]]; then
	echo "Building the jar..."
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	jar="$(ls "$ROOT"/target/ai-educademy-*.jar | grep -v -- '-plain.jar$' | head -n 1)"
fi

# shellcheck source=scripts/lib/ready.sh
. "$ROOT/scripts/lib/ready.sh"

echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -n 1)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the application ------------------------------------------------------------------------------------------
app="http://127.0.0.1:$APP_PORT"
started=$(millis)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$APP_PORT" \
	--spring.datasource.url=jdbc:h2:mem:bench --aieducademy.data-dir="$work/data" --logging.level.root=WARN \
	--logging.level.io.aieducademy.system.WarmUp=INFO \
	--aieducademy.quiz.learner-burst=100000000 --aieducademy.quiz.learner-per-minute=100000000 \
	--aieducademy.quiz.address-burst=100000000 --aieducademy.quiz.address-per-minute=100000000 \
	--aieducademy.autograd.client-share=100s --aieducademy.autograd.client-burst=1000s \
	>"$work/app.log" 2>&1 &
app_pid=$!
ready=$(await_ready "$app" "$app_pid" "$work/app.log")
first_api=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
	--data "${WORKED/GRAPH/false}" "$app/api/autograd")
first_lesson=$(curl -s -o /dev/null -w '%{time_total}' "$app$LESSON")
cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$app_pid/stat")
echo "start-up to ready: $((ready - started)) ms, $cpu_ms ms of CPU (java -jar to the first 200 from /actuator/health/readiness)"
grep -o 'Warmed up.*\|warm-up.*' "$work/app.log" || true
# the reference: the median of the next 20 of each, on connections of their own like the first
median_of_20() {
	for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n | sed -n 10p
}
next_api=$(median_of_20 -H 'Content-Type: application/json' --data "${WORKED/GRAPH/false}" "$app/api/autograd")
next_lesson=$(median_of_20 "$app$LESSON")
awk -v a="$first_api" -v l="$first_lesson" -v na="$next_api" -v nl="$next_lesson" 'BEGIN {
	printf "first requests after ready: POST /api/autograd %.1f ms (the next 20: median %.1f ms), lesson page %.1f ms (the next 20: median %.1f ms)\n", a * 1000, na * 1000, l * 1000, nl * 1000 }'

# A learner with progress: one right answer, which the quiz answer case repeats (recorded once).
right=""
for choice in 0 1 2 3; do
	answer=$(curl -s -c "$work/cookies" -b "$work/cookies" -H 'Content-Type: application/json' \
		--data "{\"choice\": $choice}" "$app/api/quick-checks/$QUICK_CHECK/answers")
	if [[ "$answer" == *'"correct":true'* ]]; then
		right=$choice
		break
	fi
done
[[ -n "$right" ]] || { echo "No choice of $QUICK_CHECK was right" >&2; exit 1; }
cookie="aie_learner=$(awk '$6 == "aie_learner" { print $7 }' "$work/cookies")"
[[ "$cookie" != "aie_learner=" ]] || { echo "No learner cookie was set" >&2; exit 1; }
static="$(curl -s "$app$LESSON" | grep -o 'href="/css/site-[0-9a-f]*\.css"' | head -n 1 | cut -d'"' -f2)"

# --- the cases: name|method|path|body|cookie ---------------------------------------------------------------
cases=(
	"lesson|GET|$LESSON|-|-"
	"lesson-learner|GET|$LESSON|-|$cookie"
	"program|GET|/programs/ai-sprouts|-|-"
	"home|GET|/|-|-"
	"autograd|POST|/api/autograd|${WORKED/GRAPH/false}|-"
	"autograd-graph|POST|/api/autograd|${WORKED/GRAPH/true}|-"
	"quiz-answer|POST|/api/quick-checks/$QUICK_CHECK/answers|{\"choice\":$right}|$cookie"
	"static|GET|$static|-|-"
	"static-gzip|GET|$static|-|-"
)
describe() {
	case "$1" in
		lesson) echo "lesson page, no learner" ;;
		lesson-learner) echo "lesson page, learner with progress" ;;
		program) echo "program page" ;;
		home) echo "home page" ;;
		autograd) echo "POST /api/autograd, graph false" ;;
		autograd-graph) echo "POST /api/autograd, graph true" ;;
		quiz-answer) echo "POST quiz answer (repeated)" ;;
		static) echo "static file (stylesheet)" ;;
		static-gzip) echo "stylesheet, gzip accepted" ;;
	esac
}

mkdir -m 0755 -p "$work/copies" "$work/scripts" "$work/nginx"
locations=""
for entry in "${cases[@]}"; do
	IFS='|' read -r name method path body cookie_value <<<"$entry"
	args=(-s -D "$work/copies/$name.headers" -o "$work/copies/$name")
	wrk_script="$work/scripts/$name.lua"
	{
		echo "wrk.method = \"$method\""
		if [[ "$body" != - ]]; then
			args+=(-H 'Content-Type: application/json' --data "$body")
			echo "wrk.headers[\"Content-Type\"] = \"application/json\""
			printf 'wrk.body = [[%s]]\n' "$body"
		fi
		if [[ "$name" == *-gzip ]]; then # as a browser asks: the answer is the compressed stylesheet
			args+=(-H 'Accept-Encoding: gzip')
			echo "wrk.headers[\"Accept-Encoding\"] = \"gzip\""
		fi
		if [[ "$cookie_value" != - ]]; then
			args+=(-H "Cookie: $cookie_value")
			echo "wrk.headers[\"Cookie\"] = \"$cookie_value\""
		fi
	} >"$wrk_script"
	curl "${args[@]}" "$app$path"
	status=$(head -n 1 "$work/copies/$name.headers" | awk '{ print $2 }')
	[[ "$status" == 200 ]] || { echo "$name: the application answered $status" >&2; exit 1; }
	type=$(grep -i '^content-type:' "$work/copies/$name.headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r')
	# the same headers as the application's answer, except those nginx writes itself or that vary per request
	headers=$(tail -n +2 "$work/copies/$name.headers" | tr -d '\r' |
		grep -i -v -E '^(content-type|content-length|date|connection|keep-alive|transfer-encoding|set-cookie|vary):' |
		awk 'index($0, ":") > 1 { i = index($0, ":"); v = substr($0, i + 2); gsub(/"/, "\\\"", v); printf "\t\t\tadd_header %s \"%s\" always;\n", substr($0, 1, i - 1), v }')
	locations+="		location = /copy/$name {
			default_type \"$type\";
			types { }
$headers
			alias $work/copies/$name;
			error_page 405 =200 \$uri;
		}
"
done

cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	client_body_temp_path $work/nginx/body;
	proxy_temp_path $work/nginx/proxy;
	fastcgi_temp_path $work/nginx/fastcgi;
	uwsgi_temp_path $work/nginx/uwsgi;
	scgi_temp_path $work/nginx/scgi;
	server {
		listen 127.0.0.1:$NGINX_PORT;
$locations	}
}
EOF
# nginx runs from its temporary folder, as its files do, not from the checkout
(cd "$work/nginx" && exec "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>"$work/nginx/stderr") &
nginx_pid=$!
for _ in $(seq 1 200); do
	curl -s -f -o /dev/null "http://127.0.0.1:$NGINX_PORT/copy/static" && break
	kill -0 "$nginx_pid" 2>/dev/null || { echo "nginx did not start:" >&2; cat "$work/nginx/stderr" >&2; exit 1; }
	sleep 0.05
done
for entry in "${cases[@]}"; do
	IFS='|' read -r name method path _ _ <<<"$entry"
	args=(-s -o "$work/check")
	[[ "$method" == POST ]] && args+=(-X POST -H 'Content-Type: application/json' --data '{}')
	curl "${args[@]}" "http://127.0.0.1:$NGINX_PORT/copy/$name"
	cmp -s "$work/check" "$work/copies/$name" || {
		echo "nginx does not answer $name with the same bytes:" >&2
		head -c 300 "$work/check" >&2
		tail -n 5 "$work/nginx/stderr" "$work/nginx/error.log" >&2
		exit 1
	}
done

# --- measuring ---------------------------------------------------------------------------------------------------
seconds() { local d="$1"; [[ "$d" == *s ]] && d="${d%s}"; echo "$d"; }
run_wrk() { # url script duration -> wrk output
	timeout $(($(seconds "$3") + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$2" "$1"
}
rate() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99() { # in milliseconds
	awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
		m = (u == "us") ? v / 1000 : (u == "ms") ? v : (u == "s") ? v * 1000 : v * 60000; printf "%.2f", m }' "$1"
}
bad() { awk '/Non-2xx or 3xx responses:/ { print $5; f = 1 } END { if (!f) print 0 }' "$1"; }
requests() { awk '/ requests in / { print $1 }' "$1"; }
# the application's CPU time (user + system, all its threads) in milliseconds: with wrk on the same cores, a rate
# says little about the request path on its own; the CPU each answer took, against the wall time, says whether the
# application was short of CPU or waiting
app_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$app_pid/stat"; }

# The JIT compiler takes minutes to settle on two cores: a lesson page measured after 5 s of warm-up took 5 ms of
# CPU, after a minute 2.3 ms, while C2 still took a quarter of the process's CPU. So every case first runs against
# the application for PREWARM (20s) before any is measured; then each gets WARMUP again just before its run.
for entry in "${cases[@]}"; do
	IFS='|' read -r name _ path _ _ <<<"$entry"
	if [[ -n "${CASES:-}" && " $CASES " != *" $name "* ]]; then
		continue
	fi
	run_wrk "$app$path" "$work/scripts/$name.lua" "$PREWARM" >/dev/null
done
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per measurement after warm-up ($PREWARM per case" \
	"first, then $WARMUP before its run; nginx gets 2s)"
printf '%-36s %12s %10s %12s %10s %8s %8s %10s %8s\n' "case" "nginx req/s" "p99 ms" "app req/s" "p99 ms" "ratio" "non-2xx" \
	"app us/req" "app CPU"
for entry in "${cases[@]}"; do
	IFS='|' read -r name _ path _ _ <<<"$entry"
	if [[ -n "${CASES:-}" && " $CASES " != *" $name "* ]]; then
		continue
	fi
	script="$work/scripts/$name.lua"
	run_wrk "$app$path" "$script" "$WARMUP" >/dev/null
	run_wrk "http://127.0.0.1:$NGINX_PORT/copy/$name" "$script" 2s >/dev/null
	run_wrk "http://127.0.0.1:$NGINX_PORT/copy/$name" "$script" "$DURATION" >"$work/nginx.out"
	cpu_before=$(app_cpu_ms)
	wall_before=$(millis)
	run_wrk "$app$path" "$script" "$DURATION" >"$work/app.out"
	cpu_used=$(($(app_cpu_ms) - cpu_before))
	wall=$(($(millis) - wall_before))
	n_rate=$(rate "$work/nginx.out")
	a_rate=$(rate "$work/app.out")
	# app us/req: the application's CPU per answer; app CPU: its share of the two cores' time during the run
	printf '%-36s %12.0f %10s %12.0f %10s %7.1f%% %8s %10s %7s%%\n' "$(describe "$name") ($(stat -c %s "$work/copies/$name") B)" \
		"$n_rate" "$(p99 "$work/nginx.out")" "$a_rate" "$(p99 "$work/app.out")" \
		"$(awk -v a="$a_rate" -v n="$n_rate" 'BEGIN { print (n > 0) ? 100 * a / n : 0 }')" "$(bad "$work/app.out")" \
		"$(awk -v c="$cpu_used" -v r="$(requests "$work/app.out")" 'BEGIN { printf "%.0f", (r > 0) ? c * 1000 / r : 0 }')" \
		"$(awk -v c="$cpu_used" -v w="$wall" -v n="$(nproc)" 'BEGIN { printf "%.0f", (w > 0) ? 100 * c / (w * n) : 0 }')"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
