#!/usr/bin/env bash
# Rewrites docs/openapi.json from the running application (OpenApiDocumentTests with -Dopenapi.update=true starts
# it on a random port and writes what /v3/api-docs serves), then the script types generated from it
# (src/main/resources/static/js/types/api.d.ts, openapi-typescript from package-lock.json).
# Run it after a change to the API, or after merging branches that add endpoints, and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q test -Dtest=OpenApiDocumentTests#servedDocumentIsTheCommittedOne -Dopenapi.update=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dexec.skip
echo "update-openapi: wrote docs/openapi.json"

if [ ! -x node_modules/.bin/openapi-typescript ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent api-types
echo "update-openapi: wrote src/main/resources/static/js/types/api.d.ts"
