#!/usr/bin/env bash
# Checks the site's JavaScript: TypeScript's checker over the JSDoc types (tsc --noEmit --checkJs) and the unit
# tests of the pure modules (Node's built-in runner, src/test/js/*.test.js). Run by `./mvnw verify`.
# Without Node this skips with a message on a laptop and fails when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "check-js: Node.js and npm are required when CI=true (Debian: apt-get install nodejs npm)." >&2
    exit 1
  fi
  echo "check-js: SKIPPED the JavaScript type check and unit tests: Node.js or npm is not installed (Debian: apt-get install nodejs npm)."
  exit 0
fi

# TypeScript comes from package-lock.json; install it when missing or when the lock file changed.
if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "check-js: tsc --noEmit --checkJs"
node_modules/.bin/tsc -p tsconfig.json
echo "check-js: node --test src/test/js/*.test.js"
node --test --test-reporter=spec src/test/js/*.test.js
