#!/usr/bin/env bash
# Benchmark of `corridor serve`: route requests over HTTP from wrk (Debian's package) in a
# separate process, beside a peer in the same run: /api/health, the cheapest answer the same
# server gives (the HTTP floor). Prints start-to-ready (first start on a new store file, and a
# restart that reuses it), requests/s and latency percentiles for both, their ratio, and the
# server's resident memory.
#
#   bench/src/main/scripts/server/server-bench.sh [JAR]      (default: cli/target/corridor.jar)
#
# Environment: CORRIDOR_JAVA_OPTS (JVM options of the server), DURATION (seconds per run, 30), WARMUP
# (seconds of route requests before anything is measured, 60: on 2 cores shared with wrk, 10 s left the JIT
# compiling into the first measured run),
# CONNECTIONS (32), PORT (18090), JFR (a file: a Java Flight Recording of the server during the route
# run at CONNECTIONS, JFR's "profile" settings, written there; read it with `jfr print` or JDK Mission Control).
set -euo pipefail
name=server-bench
duration="${DURATION:-30}"
warmup="${WARMUP:-60}"
connections="${CONNECTIONS:-32}"
port="${PORT:-18090}"
# shellcheck source=server-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/server-common.sh"

stop_server() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

# The server's CPU time so far (user and system, all threads), in clock ticks.
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$server_pid/stat"
}

rss_mib() {
  awk -v field="$1" '$1 == field":" {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"
}

# Runs wrk and prints "requests/s p50 p99" (latencies in ms).
load() {
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  echo "== wrk -c$connections $*" >> "$work/wrk.log"
  echo "$out" >> "$work/wrk.log"
  echo "$out" | awk '
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    END {
      printf "%s %s %s\n", rps, ms(p50), ms(p99)
    }
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 }
      return v
    }'
  if echo "$out" | grep -q "Non-2xx"; then echo "server-bench: non-2xx answers:" >&2; echo "$out" | grep "Non-2xx" >&2; fi
  return 0
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start_server "${CORRIDOR_JAVA_OPTS:-}" 0.02
cold_ms=$ready_ms
# Restarts that reuse the store: the median of five, as the machine's other work makes single starts noisy.
restarts=()
for _ in 1 2 3 4 5; do
  stop_server
  start_server "${CORRIDOR_JAVA_OPTS:-}" 0.02
  restarts+=("$ready_ms")
done
warm_ms=$(printf '%s\n' "${restarts[@]}" | sort -n | sed -n 3p)
warm_all=$(printf '%s\n' "${restarts[@]}" | sort -n | paste -sd' ')

base="http://127.0.0.1:$port"
# A recording's first start costs the server its compiled code for a while (JFR's classes and instrumented
# methods): started here and dropped after the warm-up, so that the one of the route run below starts cheaply.
[ -z "${JFR:-}" ] || jcmd "$server_pid" JFR.start name=server-bench-warm-up settings=profile > /dev/null
# Warm-up: the JIT compiles the hot paths before anything is measured.
wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/routes.lua" "$base" > /dev/null
wrk -t2 -c"$connections" -d5s "$base/api/health" > /dev/null
[ -z "${JFR:-}" ] || jcmd "$server_pid" JFR.stop name=server-bench-warm-up > /dev/null

[ -z "${JFR:-}" ] || jcmd "$server_pid" JFR.start name=server-bench settings=profile > /dev/null
ticks_before=$(cpu_ticks)
read -r route_rps route_p50 route_p99 < <(load -s "$here/routes.lua" "$base")
ticks_route=$(( $(cpu_ticks) - ticks_before ))
[ -z "${JFR:-}" ] || jcmd "$server_pid" JFR.stop name=server-bench filename="$(realpath "$JFR")" > /dev/null
# The same at a lighter load (a quarter of the connections): latency when the server is not saturated.
read -r light_rps light_p50 light_p99 < <(connections=$(( connections / 4 )) load -s "$here/routes.lua" "$base")
read -r health_rps health_p50 health_p99 < <(load "$base/api/health")
rss=$(rss_mib VmRSS)
peak=$(rss_mib VmHWM)

echo "server-bench: load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server-bench: jar $jar, JVM options '${CORRIDOR_JAVA_OPTS:-}', $(nproc) cores, wrk -t2 -c$connections -d${duration}s"
printf 'start to ready: first start (new store) %d ms; restarts (store reused) median %d ms of %s\n' "$cold_ms" "$warm_ms" "$warm_all"
printf '%-34s %10s %9s %9s\n' "endpoint, $connections connections" "req/s" "p50 ms" "p99 ms"
printf '%-34s %10.0f %9.2f %9.2f\n' "GET /api/route (rotating queries)" "$route_rps" "$route_p50" "$route_p99"
printf '%-34s %10.0f %9.2f %9.2f\n' "GET /api/route, $(( connections / 4 )) connections" "$light_rps" "$light_p50" "$light_p99"
printf '%-34s %10.0f %9.2f %9.2f\n' "GET /api/health (peer: HTTP floor)" "$health_rps" "$health_p50" "$health_p99"
awk -v r="$route_rps" -v h="$health_rps" 'BEGIN {printf "route / health throughput: %.2f\n", r / h}'
# CPU time the server spent per route request at CONNECTIONS (all its threads: HTTP, routing, JSON, GC, JIT):
# unlike the rates, it hardly changes with what else runs on the machine.
awk -v t="$ticks_route" -v hz="$(getconf CLK_TCK)" -v r="$route_rps" -v d="$duration" \
  'BEGIN {printf "server CPU per route request: %.0f us\n", t / hz * 1e6 / (r * d)}'
printf 'resident memory after the runs: %s MiB (peak %s MiB)\n' "$rss" "$peak"
