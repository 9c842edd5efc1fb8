# Sourced by the benchmark scripts that time the application's start-up (bench-startup.sh, bench-http.sh): not run.

millis() { echo $(($(date +%s%N) / 1000000)); }

# await_ready BASE_URL PID LOG: polls BASE_URL/actuator/health/readiness every 20 ms and prints the moment (millis)
# it first answers 200. If the process ends, or 60 s pass, first, it shows the end of LOG and fails.
await_ready() {
	local base=$1 pid=$2 log=$3 deadline
	deadline=$(($(millis) + 60000))
	while (($(millis) < deadline)); do
		if curl -s -f -o /dev/null --max-time 1 "$base/actuator/health/readiness"; then
			millis
			return 0
		fi
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	echo "The application did not become ready:" >&2
	tail -n 40 "$log" >&2
	return 1
}
