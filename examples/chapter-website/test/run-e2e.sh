#!/usr/bin/env bash
# End-to-end test of the chapter website example, as CI runs it after ./mvnw verify (which builds the
# services' jars):
#   1. installs Debian's chromium when it is missing (root only) and the test's npm packages;
#   2. starts ./givefirst up --no-build with a throwaway data folder and free ports for PostgreSQL,
#      Kafka and the services, the site's origin in GIVEFIRST_CORS_ORIGINS, and waits for the
#      services and the demo;
#   3. serves the site, pointed at those services, and runs e2e.mjs in headless Chromium (the site,
#      the member area, and the <givefirst-events> web component on a page of another origin);
#   4. always stops what it started. Exits non-zero when a step fails.
# Needs: the built jars, JDK 17+, curl, Node 20+.
# Environment: E2E_SITE_PORT (a free one by default), GIVEFIRST_PORT_OFFSET (the services' ports are
#              their own plus this; by default the first multiple of 100 whose three ports are free),
#              CHROMIUM (/usr/bin/chromium), E2E_KEEP_HOME=true keeps the throwaway data folder and
#              logs for a look afterwards.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../../../scripts/lib.sh"
ROOT="$GIVEFIRST_ROOT"
cd "$ROOT"
say() { printf 'run-e2e: %s\n' "$*"; }
fail() { printf 'run-e2e: %s\n' "$*" >&2; exit 1; }

GIVEFIRST_PID=""
SITE_PID=""
E2E_HOME=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$SITE_PID" ]]; then
    kill -TERM "$SITE_PID" 2>/dev/null || true
  fi
  if [[ -n "$GIVEFIRST_PID" ]] && kill -0 "$GIVEFIRST_PID" 2>/dev/null; then
    say "stopping the services ..."
    kill -TERM "$GIVEFIRST_PID" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$GIVEFIRST_PID" 2>/dev/null || break; sleep 1; done
  fi
  if [[ -n "$GIVEFIRST_PID" ]]; then
    # ./givefirst stops its children on TERM; what is left of its process group (started with
    # setsid, so its id is the group's) is ours to clear.
    kill -KILL -- "-$GIVEFIRST_PID" 2>/dev/null || true
  fi
  if [[ $status -ne 0 && -n "$E2E_HOME" ]]; then
    say "logs of the run:"
    tail -n 40 "$E2E_HOME/up.log" 2>/dev/null | sed 's/^/  | /' || true
    say "(service logs in $E2E_HOME/logs)"
  fi
  if [[ -n "$E2E_HOME" && "${E2E_KEEP_HOME:-false}" != "true" && $status -eq 0 ]]; then
    rm -rf "$E2E_HOME"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Browser and test packages.
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$CHROMIUM" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    say "installing chromium (apt-get) ..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || fail "could not install chromium"
  else
    fail "$CHROMIUM is missing: install Debian's chromium package (apt-get install chromium) or set CHROMIUM"
  fi
fi
command -v node >/dev/null || fail "node (20 or newer) is needed"
command -v curl >/dev/null || fail "curl is needed"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci failed"

# 2. The services, with a throwaway data folder, on their own ports when those are free.
choose_port_offset 0 100 200 300 400 500 600 700 800 900 || exit 1
for svc in "${GIVEFIRST_SERVICES[@]}"; do
  [[ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ]] || fail "$svc is not built: run ./mvnw verify (or install -DskipTests) first"
done
free_port || fail "no free port found"; SITE_PORT="${E2E_SITE_PORT:-$FREE_PORT}"
free_port || fail "no free port found"; EMBED_PORT=$FREE_PORT
free_port || fail "no free port found"; PG_PORT=$FREE_PORT
free_port 2 || fail "no free port found"; KAFKA_PORT=$FREE_PORT
E2E_HOME="$(mktemp -d "${TMPDIR:-/tmp}/givefirst-e2e.XXXXXX")"
# ./givefirst up starts the services with GIVEFIRST_DEV_KEYS=true: the demo and the test sign their
# tokens with the development key. The services allow the site's origin and the origin of the page
# that embeds <givefirst-events> (at localhost only: the test reads the same page at 127.0.0.1 to see
# the component tell that its origin is not allowed).
say "starting ./givefirst up (PostgreSQL :$PG_PORT, Kafka :$KAFKA_PORT, services :$(service_url members-service | sed 's/.*://')-$(service_url matching-service | sed 's/.*://'), data in $E2E_HOME) ..."
export GIVEFIRST_HOME="$E2E_HOME"
GIVEFIRST_PG_PORT="$PG_PORT" GIVEFIRST_KAFKA_PORT="$KAFKA_PORT" GIVEFIRST_DEMO=true \
GIVEFIRST_CORS_ORIGINS="http://localhost:$SITE_PORT,http://127.0.0.1:$SITE_PORT,http://localhost:$EMBED_PORT" \
  setsid "$ROOT/givefirst" up --no-build >"$E2E_HOME/up.log" 2>&1 </dev/null &
GIVEFIRST_PID=$!
for _ in $(seq 1 480); do
  grep -q 'Givefirst is running' "$E2E_HOME/up.log" && break
  kill -0 "$GIVEFIRST_PID" 2>/dev/null || fail "./givefirst up stopped while starting"
  sleep 1
done
grep -q 'Givefirst is running' "$E2E_HOME/up.log" || fail "the services did not start within 8 minutes"
grep -q '^Demo community:' "$E2E_HOME/up.log" || fail "the demo community was not seeded (see $E2E_HOME/logs/demo.log)"
say "services UP and demo seeded"

# 3. The site, then the browser test.
node "$HERE/serve.mjs" "$SITE_PORT" >"$E2E_HOME/site.log" 2>&1 &
SITE_PID=$!
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://localhost:$SITE_PORT/index.html" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "http://localhost:$SITE_PORT/index.html" || fail "the site did not start on port $SITE_PORT"

say "running the browser test ..."
SITE_URL="http://localhost:$SITE_PORT/index.html" EMBED_PORT="$EMBED_PORT" CHROMIUM="$CHROMIUM" \
EVENTS_API="$(service_url events-service)" MEMBERS_API="$(service_url members-service)" \
MATCHING_API="$(service_url matching-service)" \
  node "$HERE/e2e.mjs"
