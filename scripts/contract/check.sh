#!/usr/bin/env bash
# The contract, checked with tools nobody here wrote (run by .ci/run after ./mvnw verify, which exports
# the four services' OpenAPI documents to <service>/target/openapi):
#   1. Redocly CLI lints the four documents with the recommended rules (redocly.yaml at the root:
#      0 errors and 0 warnings, or a rule switched off there with its reason);
#   2. @asyncapi/parser reads docs/asyncapi.yaml, and every fact type of FactTypes.java has its message
#      with a payload schema and a sample (check-asyncapi.mjs).
# The npm packages are pinned in package-lock.json and installed into scripts/contract/node_modules.
# Needs Node 20+.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
say() { printf 'contract: %s\n' "$*"; }

for service in members-service events-service matching-service webhooks-service; do
  [[ -f "$ROOT/$service/target/openapi/openapi.yaml" ]] \
    || { say "$service/target/openapi/openapi.yaml is missing: run ./mvnw verify (or package) first" >&2; exit 1; }
done

(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { say "npm ci failed" >&2; exit 1; }

say "Redocly lint of the four OpenAPI documents (recommended rules)"
(cd "$ROOT" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$HERE/node_modules/.bin/redocly" lint --max-problems=50 members-service events-service matching-service webhooks-service)

say "AsyncAPI document"
node "$HERE/check-asyncapi.mjs" "$ROOT/docs/asyncapi.yaml" \
  "$ROOT/platform/src/main/java/org/givefirst/platform/contracts/FactTypes.java"
