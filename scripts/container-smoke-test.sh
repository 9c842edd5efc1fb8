#!/usr/bin/env bash
# Proves that the top-level Dockerfile builds and runs, with podman (no Docker engine needed):
#   1. builds the image (podman build --isolation=chroot), on local stand-in base images when no registry can
#      be reached (scripts/build-standin-base-images.sh), passed through BUILD_IMAGE and RUNTIME_IMAGE;
#   2. runs it as the Dockerfile intends it to be run in production: read-only root filesystem, a volume at
#      /data, a tmpfs at /tmp, no capabilities, a memory limit, the port published on 127.0.0.1 only;
#   3. checks from outside the container: readiness, the Backpropagation lesson page, an answer written through
#      the API, the H2 file in the volume, the HEALTHCHECK, the non-root user and the read-only root;
#   4. stops it with SIGTERM (graceful shutdown, clean and quick exit), starts it again on the same volume and
#      checks that the answer is still there;
#   5. prints the image size, the start-up time to ready, CPU time to ready and the memory in use after start.
#
# Skipped (exit 0) on a machine without podman, unless CI=true, where a missing tool is a failure.
# All traffic goes to 127.0.0.1. Every step has a time limit; containers and volumes it made are removed.
#
# Settings (environment):
#   SMOKE_BASE_IMAGES=standin|upstream  standin (default) builds and uses local stand-ins; upstream uses the
#                                       Dockerfile's defaults (eclipse-temurin), for a machine with registry access
#   SMOKE_IMAGE=localhost/ai-educademy:smoke   the tag to build
#   SMOKE_PORT=18080                    host port on 127.0.0.1
#   SMOKE_NETWORK=publish|host          publish (default): -p 127.0.0.1:PORT:8080; host: host network, the app
#                                       bound to 127.0.0.1:PORT (for hosts where podman cannot publish ports)
#   SMOKE_MEMORY=768m                   the container's memory limit
#   SMOKE_COMPARE_CDS=0|1               1 also starts the image without its CDS archive and prints both
#   SMOKE_READY_TIMEOUT=240             seconds to wait for readiness
set -euo pipefail
cd "$(dirname "$0")/.."

image="${SMOKE_IMAGE:-localhost/ai-educademy:smoke}"
build_stage_image="${image%:*}-build:${image##*:}"
base_images="${SMOKE_BASE_IMAGES:-standin}"
port="${SMOKE_PORT:-18080}"
network="${SMOKE_NETWORK:-publish}"
memory="${SMOKE_MEMORY:-768m}"
compare_cds="${SMOKE_COMPARE_CDS:-0}"
ready_timeout="${SMOKE_READY_TIMEOUT:-240}"
run_id="ai-educademy-smoke-$$"
logs="target/container-smoke"
script_start=$SECONDS

say() { printf '[container] %s\n' "$*"; }
fail() {
  printf '[container] FAILED: %s\n' "$*" >&2
  exit 1
}

# --- Tools: skip on a laptop, fail in CI ---------------------------------------------------------------------
skip_or_fail() {
  if [[ "${CI:-}" == true ]]; then
    fail "$1 (CI=true, so this is a failure; .ci/run installs podman from Debian's packages)"
  fi
  echo "skipped: $1"
  exit 0
}
command -v podman >/dev/null 2>&1 || skip_or_fail "podman is not installed"
command -v curl >/dev/null 2>&1 || skip_or_fail "curl is not installed"
if [[ "$base_images" == standin ]] && ! { podman image exists localhost/ai-educademy-standin-jdk:17 \
  && podman image exists localhost/ai-educademy-standin-jre:17; }; then
  command -v debootstrap >/dev/null 2>&1 || skip_or_fail "debootstrap is not installed (needed once, for the stand-in base images)"
  [[ $(id -u) == 0 ]] || skip_or_fail "the stand-in base images need root to be made (or set SMOKE_BASE_IMAGES=upstream)"
fi

mkdir -p "$logs" "$HOME/.m2"
rm -f "$logs"/*.log

# --- Clean-up of everything this run starts ----------------------------------------------------------------
containers=()
volumes=()
cleanup() {
  local name
  for name in "${containers[@]}"; do
    timeout 60 podman rm -f -t 5 "$name" >/dev/null 2>&1 || true
  done
  for name in "${volumes[@]}"; do
    timeout 60 podman volume rm -f "$name" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# podman's default limits can exceed what this host allows (runc then refuses to start): stay within them.
limit() { # wanted, hard limit
  if [[ "$2" == unlimited || "$2" -ge "$1" ]]; then echo "$1"; else echo "$2"; fi
}
nofile=$(limit 65536 "$(ulimit -Hn)")
nproc=$(limit 8192 "$(ulimit -Hu)")

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [[ -z "${SMOKE_PORT:-}" ]]; then # the default port, or the next free one
  while port_in_use "$port" && ((port < 18099)); do port=$((port + 1)); done
fi
port_in_use "$port" && fail "127.0.0.1:$port is already in use; choose another with SMOKE_PORT"
base_url="http://127.0.0.1:$port"

# --- 1. Build -----------------------------------------------------------------------------------------------
build_args=()
if [[ "$base_images" == standin ]]; then
  say "base images: local stand-ins (no registry needed)"
  timeout 1500 scripts/build-standin-base-images.sh >"$logs/standin-images.txt" 2>"$logs/standin.log" \
    || { tail -n 40 "$logs/standin.log" >&2; fail "could not make the stand-in base images (log: $logs/standin.log)"; }
  grep '^\[stand-in\]' "$logs/standin.log" || true
  mapfile -t standins <"$logs/standin-images.txt"
  [[ ${#standins[@]} == 2 ]] || fail "the stand-in script did not name two images"
  build_args+=(--pull=never --build-arg "BUILD_IMAGE=${standins[0]}" --build-arg "RUNTIME_IMAGE=${standins[1]}")
else
  say "base images: the Dockerfile's defaults (pulled from their registry)"
fi

old_ids=$(podman image inspect --format '{{.Id}}' "$image" "$build_stage_image" 2>/dev/null || true)
build() { # extra podman build arguments...
  # The host's Maven repository is mounted for the build only (never copied into a layer), so dependencies
  # come from Maven Central once per machine. The Docker image format keeps the HEALTHCHECK (OCI drops it).
  timeout 1500 podman build --isolation=chroot --format docker --layers \
    -v "$HOME/.m2:/root/.m2" "${build_args[@]}" "$@" . >>"$logs/build.log" 2>&1 \
    || { tail -n 60 "$logs/build.log" >&2; fail "podman build failed (whole log: $logs/build.log)"; }
}
say "building $image with podman build --isolation=chroot (log: $logs/build.log)"
build_start=$SECONDS
# The build stage gets its own tag so that its layers stay cached for the next run, and are replaced, not piled
# up, when the sources change.
build --target build -t "$build_stage_image"
build -t "$image"
build_seconds=$((SECONDS - build_start))
for id in $old_ids; do
  if [[ "$(podman image inspect --format '{{.Id}}' "$image" "$build_stage_image" 2>/dev/null)" != *"$id"* ]]; then
    podman rmi "$id" >/dev/null 2>&1 || true
  fi
done
say "built in ${build_seconds} s"

image_bytes=$(podman image inspect --format '{{.Size}}' "$image")
base_bytes=0
if [[ "$base_images" == standin ]]; then
  base_bytes=$(podman image inspect --format '{{.Size}}' "${standins[1]}")
fi
[[ "$(podman image inspect --format '{{.Config.User}}' "$image")" == 10001:10001 ]] \
  || fail "the image does not run as user 10001:10001"
[[ -n "$(podman image inspect --format '{{.HealthCheck}}' "$image" 2>/dev/null)" ]] \
  || say "note: podman image inspect shows no health check field; podman healthcheck run checks it below"

# --- 2. Run -------------------------------------------------------------------------------------------------
mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1000000 }'; }

container_running() {
  [[ "$(podman inspect --format '{{.State.Running}}' "$1" 2>/dev/null)" == true ]]
}

start_container() { # name, volume, extra arguments before the image..., then -- and arguments after it
  local name="$1" volume="$2"
  shift 2
  local before=() after=()
  while (($#)) && [[ "$1" != -- ]]; do before+=("$1"); shift; done
  (($#)) && shift
  after=("$@")
  local net=(-p "127.0.0.1:$port:8080")
  if [[ "$network" == host ]]; then
    net=(--network host -e SERVER_ADDRESS=127.0.0.1 -e "SERVER_PORT=$port")
  fi
  containers+=("$name")
  started_ns=$(date +%s%N)
  # The health check runs only when asked below: without systemd, podman cannot schedule it on a timer.
  timeout 120 podman --runtime runc run -d --name "$name" \
    --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,nosuid,nodev,size=64m \
    -v "$volume:/data" --memory "$memory" --cap-drop=all --security-opt=no-new-privileges \
    --ulimit "nofile=$nofile:$nofile" --ulimit "nproc=$nproc:$nproc" --health-interval=disable \
    "${net[@]}" "${before[@]}" "$image" "${after[@]}" >"$logs/$name.run.log" 2>&1 \
    || { cat "$logs/$name.run.log" >&2; fail "podman run failed for $name"; }
}

wait_ready() { # name; sets ready_ms and cpu_ms
  local name="$1" deadline=$((SECONDS + ready_timeout)) code=000
  while ((SECONDS < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base_url/actuator/health/readiness" || true)
    [[ "$code" == 200 ]] && break
    if ! container_running "$name"; then
      podman logs "$name" >"$logs/$name.log" 2>&1 || true
      tail -n 40 "$logs/$name.log" >&2
      fail "$name stopped before it was ready (log: $logs/$name.log)"
    fi
    sleep 0.2
  done
  [[ "$code" == 200 ]] || fail "$name was not ready within ${ready_timeout} s (last status $code)"
  ready_ms=$((($(date +%s%N) - started_ns) / 1000000))
  cpu_ms=$(($(podman stats --no-stream --format '{{.CPUNano}}' "$name") / 1000000))
}

memory_in_use() { # name; sets mem_cgroup (podman stats) and mem_rss (the java process)
  mem_cgroup=$(podman stats --no-stream --format '{{.MemUsage}}' "$1" | sed 's| / .*||')
  mem_rss=$(podman exec "$1" sh -c 'grep VmRSS /proc/1/status' | awk '{ printf "%.0f MB", $2 * 1024 / 1000000 }')
}

spring_started() { # name: Spring Boot's own count, "Started ... in X seconds (process running for Y)"
  podman logs "$1" 2>/dev/null | sed -n 's/.*Started AiEducademyApplication in \([0-9.]*\) seconds.*/\1 s/p' | tail -n 1
}

stop_container() { # name; checks a graceful, clean and quick stop after SIGTERM; sets stop_ms
  local name="$1" t0 code
  t0=$(date +%s%N)
  timeout 60 podman stop -t 30 "$name" >/dev/null 2>&1 || fail "podman stop $name did not return"
  stop_ms=$((($(date +%s%N) - t0) / 1000000))
  code=$(podman inspect --format '{{.State.ExitCode}}' "$name")
  podman logs "$name" >"$logs/$name.log" 2>&1 || true
  # 143 is the JVM's exit after SIGTERM (128 + 15); 137 would mean podman had to SIGKILL it after the 30 s.
  [[ "$code" == 143 || "$code" == 0 ]] || fail "$name exited with $code after SIGTERM (log: $logs/$name.log)"
  grep -q 'Graceful shutdown complete' "$logs/$name.log" || fail "$name did not log a graceful shutdown"
  # Errors anywhere, or warnings once the shutdown has begun (start-up has two known, harmless warnings).
  if grep -E '^\S+ +ERROR ' "$logs/$name.log" >&2 \
    || sed -n '/Commencing graceful shutdown/,$p' "$logs/$name.log" | grep -E '^\S+ +WARN ' >&2; then
    fail "$name logged errors, or warnings while shutting down (log: $logs/$name.log)"
  fi
  ((stop_ms < 15000)) || fail "$name took $stop_ms ms to stop after SIGTERM"
}

volume="$run_id-data"
volumes+=("$volume")
podman volume create "$volume" >/dev/null
volume_dir=$(podman volume inspect --format '{{.Mountpoint}}' "$volume")

say "first start: read-only root, volume $volume at /data, tmpfs /tmp, memory $memory, $base_url"
start_container "$run_id-1" "$volume"
wait_ready "$run_id-1"
memory_in_use "$run_id-1"
first_ready_ms=$ready_ms first_cpu_ms=$cpu_ms first_mem_cgroup=$mem_cgroup first_mem_rss=$mem_rss
say "ready after $ready_ms ms (CPU $cpu_ms ms); memory in use: $mem_cgroup (cgroup), $mem_rss (java RSS)"
cds_mapped=$(podman exec "$run_id-1" sh -c 'grep -c /app/app.jsa /proc/1/maps || true')
((cds_mapped > 0)) && cds_state="in use" || cds_state="NOT in use (check the log for [cds] warnings)"
say "class data sharing archive: $cds_state"

# --- 3. Checks from outside ---------------------------------------------------------------------------------
lesson_url="$base_url/programs/ai-sprouts/lessons/backpropagation"
status=$(curl -s -o "$logs/lesson.html" -w '%{http_code}' --max-time 20 "$lesson_url")
[[ "$status" == 200 ]] || fail "GET $lesson_url answered $status"
grep -q 'Backpropagation' "$logs/lesson.html" || fail "the lesson page does not mention Backpropagation"
say "GET /programs/ai-sprouts/lessons/backpropagation: 200, mentions Backpropagation"

answer_url="$base_url/api/quick-checks/backpropagation.what-gradient-tells/answers"
status=$(curl -s -o "$logs/answer.json" -w '%{http_code}' --max-time 20 -c "$logs/cookies.txt" \
  -H 'Content-Type: application/json' -d '{"choice": 3}' "$answer_url")
[[ "$status" == 200 ]] || fail "POST $answer_url answered $status: $(cat "$logs/answer.json")"
grep -q '"correct":true' "$logs/answer.json" || fail "the answer was not graded correct: $(cat "$logs/answer.json")"
grep -q aie_learner "$logs/cookies.txt" || fail "no learner cookie was set"
say "POST /api/quick-checks/backpropagation.what-gradient-tells/answers {\"choice\": 3}: 200, graded correct"

[[ -s "$volume_dir/aieducademy.mv.db" ]] || fail "no H2 database file in the volume ($volume_dir)"
owner=$(stat -c '%u' "$volume_dir/aieducademy.mv.db")
[[ "$owner" == 10001 ]] || fail "the database file belongs to uid $owner, not 10001"
say "H2 file in the volume: aieducademy.mv.db, $(stat -c '%s' "$volume_dir/aieducademy.mv.db") bytes, owner uid $owner"

timeout 30 podman healthcheck run "$run_id-1" >"$logs/healthcheck.log" 2>&1 \
  || fail "podman healthcheck run failed: $(cat "$logs/healthcheck.log")"
say "HEALTHCHECK (podman healthcheck run): healthy"

[[ "$(podman exec "$run_id-1" id -u)" == 10001 ]] || fail "the application does not run as uid 10001"
if podman exec "$run_id-1" sh -c 'touch /app/probe' >/dev/null 2>&1; then
  fail "the root filesystem is writable"
fi
say "runs as uid 10001; the root filesystem is read-only"

# --- 4. Graceful stop, second start on the same volume ------------------------------------------------------
stop_container "$run_id-1"
first_stop_ms=$stop_ms
say "SIGTERM: graceful shutdown, exit $(podman inspect --format '{{.State.ExitCode}}' "$run_id-1"), ${stop_ms} ms"
first_started=$(spring_started "$run_id-1")

say "second start on the same volume"
start_container "$run_id-2" "$volume"
wait_ready "$run_id-2"
second_ready_ms=$ready_ms
solved_text=$(sed -n 's/^quickCheck.solvedBefore=//p' src/main/resources/messages.properties)
curl -s -o "$logs/lesson-again.html" --max-time 20 -b "$logs/cookies.txt" "$lesson_url"
grep -qF "$solved_text" "$logs/lesson-again.html" \
  || fail "after a restart, the lesson page does not remember the answer (\"$solved_text\" missing)"
say "the answer survived the restart (\"$solved_text\"); ready after $ready_ms ms"
stop_container "$run_id-2"

# --- 5. Optional: the same image without its CDS archive ----------------------------------------------------
if [[ "$compare_cds" == 1 ]]; then
  volume2="$run_id-nocds"
  volumes+=("$volume2")
  podman volume create "$volume2" >/dev/null
  say "comparison: the same image started without its CDS archive"
  start_container "$run_id-nocds" "$volume2" --entrypoint java -- -jar /app/app.jar
  wait_ready "$run_id-nocds"
  memory_in_use "$run_id-nocds"
  nocds="ready $ready_ms ms, CPU $cpu_ms ms, memory $mem_cgroup (cgroup), $mem_rss (java RSS)"
  stop_container "$run_id-nocds"
  nocds="$nocds, Spring Boot: started in $(spring_started "$run_id-nocds")"
fi

# --- Report -------------------------------------------------------------------------------------------------
cat <<REPORT

Container smoke test passed ($image, base images: $base_images, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))
  image size               $(mb "$image_bytes")$( ((base_bytes > 0)) && printf ' (runtime base %s, added by the app %s)' "$(mb "$base_bytes")" "$(mb $((image_bytes - base_bytes)))")
  build                    ${build_seconds} s
  start-up to ready        ${first_ready_ms} ms from podman run to readiness 200 (second start: ${second_ready_ms} ms)
  Spring Boot's count      started in ${first_started}
  CPU time to ready        ${first_cpu_ms} ms
  memory after start       ${first_mem_cgroup} (container, podman stats), ${first_mem_rss} (java RSS), limit ${memory}
  CDS archive              ${cds_state}
  stop after SIGTERM       ${first_stop_ms} ms, graceful
REPORT
if [[ "$compare_cds" == 1 ]]; then
  echo "  without CDS              $nocds"
fi
echo "  whole script             $((SECONDS - script_start)) s"
