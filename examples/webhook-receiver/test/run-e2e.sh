#!/usr/bin/env bash
# End-to-end test of the webhook receiver example, as CI runs it after ./mvnw verify (which builds
# the services' jars): starts ./givefirst up --no-build --no-demo with a throwaway data folder and free
# ports, short retry waits for webhooks-service (2 s doubling to 5 s), loopback receivers allowed
# (as the local run does) and patience for a loaded machine (420 s to start, 60 s for a database
# connection); then e2e.mjs registers an endpoint, seeds the demo, stops and restarts the
# receiver, and checks that every delivery was verified by standardwebhooks and nothing was lost.
# Always stops what it started. A few minutes.
# Needs: the built jars, JDK 17+, curl, Node 20+.
# Environment: GIVEFIRST_PORT_OFFSET (by default the first multiple of 100 from 1000 whose ports are
#              free), E2E_KEEP_HOME=true keeps the data folder and logs.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../../../scripts/lib.sh"
ROOT="$GIVEFIRST_ROOT"
cd "$ROOT"
say() { printf 'webhook-e2e: %s\n' "$*"; }
fail() { printf 'webhook-e2e: %s\n' "$*" >&2; exit 1; }

GIVEFIRST_PID=""
E2E_HOME=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$GIVEFIRST_PID" ]] && kill -0 "$GIVEFIRST_PID" 2>/dev/null; then
    say "stopping the services ..."
    kill -TERM "$GIVEFIRST_PID" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$GIVEFIRST_PID" 2>/dev/null || break; sleep 1; done
  fi
  # ./givefirst was started with setsid: what is left of its process group is ours to clear.
  [[ -n "$GIVEFIRST_PID" ]] && { kill -KILL -- "-$GIVEFIRST_PID" 2>/dev/null || true; }
  if [[ $status -ne 0 && -n "$E2E_HOME" ]]; then
    say "the end of the run's log and of webhooks-service's:"
    tail -n 20 "$E2E_HOME/up.log" 2>/dev/null | sed 's/^/  | /' || true
    tail -n 40 "$E2E_HOME/logs/webhooks-service.log" 2>/dev/null | sed 's/^/  | /' || true
  fi
  if [[ -n "$E2E_HOME" && "${E2E_KEEP_HOME:-false}" != "true" && $status -eq 0 ]]; then
    rm -rf "$E2E_HOME"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v node >/dev/null || fail "node (20 or newer) is needed"
command -v curl >/dev/null || fail "curl is needed"
(cd "$HERE/.." && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci failed"

choose_port_offset 1000 1100 1200 1300 1400 1500 1600 1700 1800 1900 || exit 1
for svc in "${GIVEFIRST_SERVICES[@]}"; do
  [[ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ]] || fail "$svc is not built: run ./mvnw verify (or package -DskipTests) first"
done
free_port || fail "no free port found"; RECEIVER_PORT=$FREE_PORT
free_port || fail "no free port found"; PG_PORT=$FREE_PORT
free_port 2 || fail "no free port found"; KAFKA_PORT=$FREE_PORT
E2E_HOME="$(mktemp -d "${TMPDIR:-/tmp}/givefirst-webhook-e2e.XXXXXX")"
export GIVEFIRST_HOME="$E2E_HOME"

say "starting ./givefirst up (PostgreSQL :$PG_PORT, Kafka :$KAFKA_PORT, webhooks-service $(service_url webhooks-service), data in $E2E_HOME) ..."
GIVEFIRST_PG_PORT="$PG_PORT" GIVEFIRST_KAFKA_PORT="$KAFKA_PORT" \
GIVEFIRST_WEBHOOKS_RETRY_INITIAL=2s GIVEFIRST_WEBHOOKS_RETRY_MAX=5s GIVEFIRST_START_PATIENCE="${GIVEFIRST_START_PATIENCE:-420}" \
QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-60s}" \
  setsid "$ROOT/givefirst" up --no-build --no-demo >"$E2E_HOME/up.log" 2>&1 </dev/null &
GIVEFIRST_PID=$!
for _ in $(seq 1 480); do
  grep -q 'Givefirst is running' "$E2E_HOME/up.log" && break
  kill -0 "$GIVEFIRST_PID" 2>/dev/null || fail "./givefirst up stopped while starting"
  sleep 1
done
grep -q 'Givefirst is running' "$E2E_HOME/up.log" || fail "the services did not start within 8 minutes"
say "services UP"

mkdir -p "$E2E_HOME/receiver"
ROOT="$ROOT" WORK="$E2E_HOME/receiver" RECEIVER_PORT="$RECEIVER_PORT" \
WEBHOOKS_API="$(service_url webhooks-service)" EVENTS_API="$(service_url events-service)" \
MATCHING_API="$(service_url matching-service)" \
  node "$HERE/e2e.mjs"
