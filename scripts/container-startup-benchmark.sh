#!/usr/bin/env bash
# Start-up benchmark of the container image, for docs/self-hosting-container.md; not a test.
# Starts each variant ROUNDS times, taking turns, on a fresh volume each time, with the smoke test's run flags
# (read-only root, tmpfs /tmp, memory limit), and prints each run and the medians of:
#   ready      milliseconds from `podman run` to the first 200 from /actuator/health/readiness
#   cpu        CPU milliseconds the container used until then (less sensitive to a busy machine than ready)
#   memory     the container's memory in use just after ready (podman stats) and the java process's RSS
#
# Usage: ROUNDS=5 scripts/container-startup-benchmark.sh IMAGE [BEFORE_IMAGE]
#   IMAGE          built from the Dockerfile (scripts/container-smoke-test.sh leaves localhost/ai-educademy:smoke)
#   BEFORE_IMAGE   optional: an image built from an older Dockerfile, measured with its own entry point
# Variants: IMAGE with its CDS archive, IMAGE without it (java -jar /app/app.jar), and BEFORE_IMAGE if given.
# Settings: ROUNDS (5), BENCH_MEMORY (768m), BENCH_PORT (18090), BENCH_READY_TIMEOUT (300).
set -euo pipefail

image="${1:?usage: $0 IMAGE [BEFORE_IMAGE]}"
before_image="${2:-}"
rounds="${ROUNDS:-5}"
memory="${BENCH_MEMORY:-768m}"
port="${BENCH_PORT:-18090}"
ready_timeout="${BENCH_READY_TIMEOUT:-300}"
prefix="ai-educademy-bench-$$"
limit() { if [[ "$2" == unlimited || "$2" -ge "$1" ]]; then echo "$1"; else echo "$2"; fi; }
nofile=$(limit 65536 "$(ulimit -Hn)")
nproc=$(limit 8192 "$(ulimit -Hu)")

current=""
cleanup() {
  [[ -n "$current" ]] && timeout 60 podman rm -f -t 5 "$current" >/dev/null 2>&1
  [[ -n "$current" ]] && timeout 60 podman volume rm -f "$current" >/dev/null 2>&1
  return 0
}
trap cleanup EXIT

variants=("cds" "no-cds")
[[ -n "$before_image" ]] && variants+=("before")

measure() { # variant, round; prints one line: variant ready_ms cpu_ms mem_mb rss_mb
  local variant="$1" name="$prefix-$1-$2" args=() img="$image"
  case "$variant" in
    no-cds) args=(--entrypoint java) ;;
    before) img="$before_image" ;;
  esac
  local after=()
  [[ "$variant" == no-cds ]] && after=(-jar /app/app.jar)
  current="$name"
  podman volume create "$name" >/dev/null
  local t0 code=000 deadline=$((SECONDS + ready_timeout))
  t0=$(date +%s%N)
  timeout 120 podman --runtime runc run -d --name "$name" --read-only --read-only-tmpfs=false \
    --tmpfs /tmp:rw,nosuid,nodev,size=64m -v "$name:/data" --memory "$memory" --cap-drop=all \
    --security-opt=no-new-privileges --ulimit "nofile=$nofile:$nofile" --ulimit "nproc=$nproc:$nproc" \
    --health-interval=disable -p "127.0.0.1:$port:8080" "${args[@]}" "$img" "${after[@]}" >/dev/null 2>&1
  while ((SECONDS < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" || true)
    [[ "$code" == 200 ]] && break
    sleep 0.2
  done
  [[ "$code" == 200 ]] || { echo "$name was not ready" >&2; exit 1; }
  local ready_ms=$((($(date +%s%N) - t0) / 1000000))
  local cpu_ms=$(($(podman stats --no-stream --format '{{.CPUNano}}' "$name") / 1000000))
  local mem rss
  mem=$(podman stats --no-stream --format '{{.MemUsage}}' "$name" | sed 's| / .*||')
  rss=$(podman exec "$name" sh -c 'grep VmRSS /proc/1/status' | awk '{ printf "%.0fMB", $2 * 1024 / 1000000 }')
  timeout 60 podman stop -t 30 "$name" >/dev/null 2>&1
  cleanup
  current=""
  echo "$variant $ready_ms $cpu_ms $mem $rss"
}

results=$(mktemp)
echo "variant ready_ms cpu_ms memory java_rss   ($(nproc) cores, memory limit $memory)"
for ((round = 1; round <= rounds; round++)); do
  for variant in "${variants[@]}"; do
    measure "$variant" "$round" | tee -a "$results"
  done
done
echo "medians over $rounds rounds (load at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
for variant in "${variants[@]}"; do
  median() { grep "^$variant " "$results" | awk -v c="$1" '{ gsub(/[A-Za-z]+$/, "", $c); print $c }' | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  printf '  %-7s ready %6s ms   cpu %6s ms   memory %s MB   java RSS %s MB\n' \
    "$variant" "$(median 2)" "$(median 3)" "$(median 4)" "$(median 5)"
done
rm -f "$results"
