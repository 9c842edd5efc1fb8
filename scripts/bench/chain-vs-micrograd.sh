#!/usr/bin/env bash
# The HTTP request path against micrograd in the same run (see chain_vs_micrograd.py): builds the jar, starts the
# application on a loopback port with a throwaway data folder, runs the comparison, stops the application.
# Usage: scripts/bench/chain-vs-micrograd.sh [port]   (default 8105)
# JAR=path/to/app.jar runs that jar instead of building one (to compare two builds in one session).
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-8105}"
if [ -n "${JAR:-}" ]; then
  jar="$JAR"
else
  ./mvnw -q -DskipTests package
  jar=$(ls target/ai-educademy-*.jar | grep -v plain | head -n 1)
fi
data=$(mktemp -d)
# one client sends every request, so its fair share of the engine's time is lifted for the benchmark
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --aieducademy.data-dir="$data" \
  --aieducademy.autograd.client-share=100s --aieducademy.autograd.client-burst=1000s >"$data/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/api/autograd/operations" 2>/dev/null && break
  sleep 1
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -n 1), $(python3 --version)"
python3 scripts/bench/chain_vs_micrograd.py "http://127.0.0.1:$port/api/autograd"
