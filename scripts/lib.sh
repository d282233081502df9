# Shared by ./givefirst, demo/seed and examples/chapter-website/test/run-e2e.sh (sourced, not run):
# the services and their ports, the dev tools' classpath, and small helpers. Needs bash 4.
#
# Ports: each service's own port is read from its application.properties (quarkus.http.port), the
# one place it is written; GIVEFIRST_PORT_OFFSET (default 0) moves them together, e.g. 100
# gives 8181, 8182, 8183, 8184. The local run starts each service with QUARKUS_HTTP_PORT set accordingly.

GIVEFIRST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GIVEFIRST_SERVICES=(members-service events-service matching-service webhooks-service)
declare -A GIVEFIRST_DATABASES=([members-service]=members [events-service]=events [matching-service]=matching [webhooks-service]=webhooks)
declare -A GIVEFIRST_PORTS=()

# The port a service listens on in its own configuration.
own_port() {
  local properties="$GIVEFIRST_ROOT/$1/src/main/resources/application.properties" port
  port="$(sed -n 's/^quarkus\.http\.port=\([0-9][0-9]*\)[[:space:]]*$/\1/p' "$properties" 2>/dev/null | head -n 1)"
  [[ -n "$port" ]] || { printf 'no quarkus.http.port=<number> in %s\n' "$properties" >&2; return 1; }
  printf '%s' "$port"
}

# Fills GIVEFIRST_PORTS from the services' own ports and GIVEFIRST_PORT_OFFSET.
read_ports() {
  local offset="${GIVEFIRST_PORT_OFFSET:-0}" svc port
  [[ "$offset" =~ ^[0-9]+$ ]] || { printf 'GIVEFIRST_PORT_OFFSET must be a number, is %s\n' "$offset" >&2; return 1; }
  for svc in "${GIVEFIRST_SERVICES[@]}"; do
    port="$(own_port "$svc")" || return 1
    GIVEFIRST_PORTS[$svc]=$((port + offset))
  done
}

service_url() { printf 'http://localhost:%s' "${GIVEFIRST_PORTS[$1]}"; }

# True when something on this machine accepts connections on the port.
port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && { exec 3>&- 3<&-; return 0; } || return 1
}

# True when none of the services' ports (GIVEFIRST_PORTS) is taken.
services_free() {
  local svc
  for svc in "${GIVEFIRST_SERVICES[@]}"; do port_taken "${GIVEFIRST_PORTS[$svc]}" && return 1; done
  return 0
}

# For the test scripts: keeps GIVEFIRST_PORT_OFFSET when set, else takes the first of the given
# offsets whose service ports are free; exports it and reads the ports. Fails when they are taken.
choose_port_offset() { # offset...
  local offset
  if [[ -z "${GIVEFIRST_PORT_OFFSET:-}" ]]; then
    for offset in "$@"; do
      GIVEFIRST_PORT_OFFSET=$offset
      read_ports
      services_free && break
    done
  fi
  export GIVEFIRST_PORT_OFFSET
  read_ports
  services_free || { printf "the services' ports %s are in use (set GIVEFIRST_PORT_OFFSET to move them)\n" "${GIVEFIRST_PORTS[*]}" >&2; return 1; }
}

# Sets FREE_PORT to a free port not handed out before in this shell (with "2", the next one is free
# too: Kafka's controller uses it). For the test scripts that start a whole run on ports of their own.
HANDED_OUT=" "
FREE_PORT=""
free_port() {
  local count=${1:-1} port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    [[ "$HANDED_OUT" == *" $port "* || "$HANDED_OUT" == *" $((port + 1)) "* ]] && continue
    port_taken "$port" && continue
    [[ "$count" == 2 ]] && port_taken "$((port + 1))" && continue
    HANDED_OUT+="$port $((port + 1)) "
    FREE_PORT=$port
    return 0
  done
  printf 'no free port found\n' >&2
  return 1
}

# The dev tools (dev-tools/: local PostgreSQL and Kafka, tokens, topic watcher) with their
# dependencies, as the build wrote them; empty when dev-tools is not built.
dev_tools_classpath() {
  local jar classpath_file="$GIVEFIRST_ROOT/dev-tools/target/dev-tools.classpath"
  jar="$(ls "$GIVEFIRST_ROOT"/dev-tools/target/givefirst-dev-tools-*.jar 2>/dev/null | head -n 1)"
  [[ -n "$jar" && -s "$classpath_file" ]] || return 1
  printf '%s:%s' "$jar" "$(cat "$classpath_file")"
}

# The JVM the scripts run: JAVA_HOME's, else the one on the PATH.
GIVEFIRST_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

read_ports || exit 1
