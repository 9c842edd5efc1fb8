#!/usr/bin/env bash
# The load and abuse suite (issue 12): the site attacked over loopback as an outsider would, at the container's
# heap (-Xmx576m). Each test starts the application on a temporary data folder, sends bounded traffic to
# 127.0.0.0/8 only, and stops it.
#
#   scripts/abuse-suite.sh              the short version (10 s per traffic phase), as ./mvnw verify (and so CI) runs it
#   ABUSE_SECONDS=60 scripts/abuse-suite.sh    the full version (60 s of mixed load, 20 s of slow readers, ...)
#   TESTS=FairShareAbuse scripts/abuse-suite.sh   one test
#
# The tests print their figures ("slow readers: ...", "fair share: ...", "write burst: ...", "mixed load: ...").
# ABUSE_HEALTH_P99_MS raises the health p99 bound of the mixed load (200 ms) on a machine shared with other work;
# ABUSE_APP_ARGS adds arguments to each start of the application (a protection switched off, to show what it
# prevents: ABUSE_APP_ARGS=--aieducademy.requests.max-concurrent=10000 takes the request bulkhead away);
# APP_START_SECONDS gives each start of the application longer than 90 s there. Slow readers and mixed load print the
# health times of the idle server just before the attack too, as the reference on the same machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
args=(-B -q -Pabuse test "-Dabuse.seconds=${ABUSE_SECONDS:-10}" "-Dabuse.health-p99-ms=${ABUSE_HEALTH_P99_MS:-200}"
	"-Dapp.start-timeout-seconds=${APP_START_SECONDS:-90}")
if [[ -n "${ABUSE_APP_ARGS:-}" ]]; then
	args+=("-Dabuse.app-args=$ABUSE_APP_ARGS")
fi
if [[ -n "${TESTS:-}" ]]; then
	args+=("-Dtest=$TESTS")
fi
./mvnw "${args[@]}"
