#!/usr/bin/env bash
# Start-up benchmark of `java -jar` (issue 13); not a test, .ci/run does not run it. Run it through quietbench.
#
#   scripts/bench-startup.sh [OPTIONS_A [OPTIONS_B ...]]
#
# Each argument is one variant: JVM options and application arguments put around the jar, split at " -- "
# ("-XX:TieredStopAtLevel=1 -- --aieducademy.warm-up.rounds=0"). With no argument the one variant is the plain
# `java -jar`. The variants take turns, ROUNDS times, each start on a fresh data folder (so Flyway creates the
# schema, as on a first start) and a port of its own, and the script prints each start and, per variant, the medians
# of:
#   ready   milliseconds from starting java to the first 200 from /actuator/health/readiness
#   cpu     CPU milliseconds the process used until then (all threads; less sensitive to a busy machine)
#   first   milliseconds of the first POST /api/autograd (the worked example) and of the first lesson page after
#           ready, each on a new connection, as curl sees them
# The first variant is the reference: the last column is each median against its median.
#
# Settings (environment): ROUNDS (5), PORT (8370), JAR (target/ai-educademy-*.jar).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
LESSON=/programs/ai-sprouts/lessons/backpropagation
PORT="${PORT:-8370}"
jar="${JAR:-$(ls "$ROOT"/target/ai-educademy-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)}"
[[ -n "$jar" ]] || { echo "No jar in target/: build it with ./mvnw -DskipTests package" >&2; exit 2; }
variants=("$@")
((${#variants[@]} > 0)) || variants=("")

work="$(mktemp -d)"
pid=""
cleanup() {
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=scripts/lib/ready.sh
. "$ROOT/scripts/lib/ready.sh"

start_once() { # variant index -> prints "ready_ms cpu_ms first_api_ms first_lesson_ms"
	local spec="${variants[$1]}" jvm app
	if [[ "$spec" == *" -- "* ]]; then
		jvm="${spec%% -- *}"
		app="${spec#* -- }"
	elif [[ "$spec" == "-- "* ]]; then
		jvm=""
		app="${spec#-- }"
	else
		jvm="$spec"
		app=""
	fi
	rm -rf "$work/data"
	local started ready
	started=$(millis)
	# shellcheck disable=SC2086
	java $jvm -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --aieducademy.data-dir="$work/data" \
		$app >"$work/app.log" 2>&1 &
	pid=$!
	ready=$(await_ready "http://127.0.0.1:$PORT" "$pid" "$work/app.log") || { echo "(variant '$spec')" >&2; exit 1; }
	local cpu first_api first_lesson
	cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
	first_api=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
		--data '{"expression":"L = (w*x - y)^2","values":{"w":2,"x":3,"y":10},"graph":true}' \
		"http://127.0.0.1:$PORT/api/autograd")
	first_lesson=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$LESSON")
	awk -v r="$((ready - started))" -v c="$cpu" -v a="$first_api" -v l="$first_lesson" \
		'BEGIN { printf "%d %d %.1f %.1f\n", r, c, a * 1000, l * 1000 }'
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=""
}

echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -n 1)"
echo "jar: $jar; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= ROUNDS; round++)); do
	for i in "${!variants[@]}"; do
		echo "$i $(start_once "$i")" | tee -a "$work/results" | awk -v s="${variants[$i]:-java -jar}" \
			'{ printf "round '"$round"'  ready %6d ms  cpu %6d ms  first API %6.1f ms, lesson %6.1f ms  %s\n", $2, $3, $4, $5, s }'
	done
done
median() { # variant column
	awk -v v="$1" -v c="$2" '$1 == v { print $c }' "$work/results" | sort -n | awk '{ a[NR] = $1 }
		END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
echo "medians of $ROUNDS starts (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
ref_ready=$(median 0 2)
for i in "${!variants[@]}"; do
	r=$(median "$i" 2)
	c=$(median "$i" 3)
	printf '  ready %6d ms  cpu %6d ms  %5.2fx of the first  first API %s ms, lesson %s ms  %s\n' "$r" "$c" \
		"$(awk -v a="$r" -v b="$ref_ready" 'BEGIN { print a / b }')" "$(median "$i" 4)" "$(median "$i" 5)" \
		"${variants[$i]:-java -jar}"
done
