#!/usr/bin/env bash
# Checks the site's JavaScript: TypeScript's checker over the JSDoc types (tsc --noEmit --checkJs) and the unit
# tests of the pure modules (Node's built-in runner, src/test/js/*.test.js). Then the API document: Redocly CLI's
# recommended rules over docs/openapi.json (redocly.yaml), and that the script types generated from it
# (static/js/types/api.d.ts) are up to date. Run by `./mvnw verify`.
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

# TypeScript, Redocly CLI and openapi-typescript come from package-lock.json; install them when missing or when the
# lock file changed.
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/redocly ] || [ ! -x node_modules/.bin/openapi-typescript ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "check-js: tsc --noEmit --checkJs"
node_modules/.bin/tsc -p tsconfig.json
echo "check-js: node --test src/test/js/*.test.js"
node --test --test-reporter=spec src/test/js/*.test.js

echo "check-js: redocly lint docs/openapi.json (recommended rules, no warnings allowed)"
# Redocly fails on errors only; its summary says whether there were warnings.
# (The box that Redocly draws about the Node version is left out.)
lint=$(npm run --silent lint-api 2>&1 | grep -v -e '║' -e '╔' -e '╚') || true
echo "$lint"
if ! echo "$lint" | grep -q "Your API description is valid"; then
  exit 1
fi
if echo "$lint" | grep -q -E "[0-9]+ warnings?"; then
  echo "check-js: Redocly reports warnings on docs/openapi.json; fix them or justify an entry in .redocly.lint-ignore.yaml." >&2
  exit 1
fi

echo "check-js: the script types are generated from docs/openapi.json"
fresh=$(mktemp --suffix=.d.ts)
trap 'rm -f "$fresh"' EXIT
node_modules/.bin/openapi-typescript docs/openapi.json --output "$fresh" >/dev/null
if ! diff -q "$fresh" src/main/resources/static/js/types/api.d.ts >/dev/null; then
  echo "check-js: src/main/resources/static/js/types/api.d.ts is out of date with docs/openapi.json; run scripts/update-openapi.sh and commit it." >&2
  exit 1
fi
