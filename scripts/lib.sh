# Shared by ./givefirst, demo/seed and examples/chapter-website/test/run-e2e.sh (sourced, not run):
# the services and their ports, the dev tools' classpath, and small helpers. Needs bash 4.
#
# Ports: each service's own port is read from its application.properties (quarkus.http.port), the
# one place it is written; GIVEFIRST_PORT_OFFSET (default 0) moves the three together, e.g. 100
# gives 8181, 8182, 8183. The local run starts each service with QUARKUS_HTTP_PORT set accordingly.

GIVEFIRST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GIVEFIRST_SERVICES=(members-service events-service matching-service)
declare -A GIVEFIRST_DATABASES=([members-service]=members [events-service]=events [matching-service]=matching)
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
