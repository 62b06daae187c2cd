# What the server benchmarks share, sourced by server-bench.sh and soak.sh after `set -euo pipefail`
# with $name (for messages) and $port set and the script's arguments passed on: the jar (the first
# argument, default cli/target/corridor.jar), wrk checked, a work directory that goes at exit with
# the server and the sampler ($sampler_pid; KEEP=1 keeps the directory), and start_server.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
jar="${1:-$root/cli/target/corridor.jar}"
command -v wrk >/dev/null || { echo "$name: wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "$name: no jar at $jar; build it with ./mvnw -B -q -DskipTests package -pl cli -am" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
sampler_pid=""
cleanup() {
  [ -z "$sampler_pid" ] || kill "$sampler_pid" 2>/dev/null || true
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  [ -n "${KEEP:-}" ] || rm -rf "$work"; [ -z "${KEEP:-}" ] || echo "kept $work" >&2
}
trap cleanup EXIT

# start_server JAVA_OPTIONS POLL_SECONDS: starts the server on the store file in $work with the token
# $name-token-0123456789 and returns once /api/health answers; sets server_pid, and ready_ms to the
# milliseconds that took. Prints the server's log and exits when the server dies first.
start_server() {
  local started now
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  java $1 -jar "$jar" serve --port "$port" --db "$work/store" --token "$name-token-0123456789" \
    > "$work/server.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep "$2"
  done
  now=$(date +%s%N)
  ready_ms=$(( (now - started) / 1000000 ))
}
