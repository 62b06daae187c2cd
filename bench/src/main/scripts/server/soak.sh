#!/usr/bin/env bash
# Soak run of `corridor serve`: route requests from wrk (Debian's package) at a fixed rate for a long
# time, on loopback. Prints the rate asked and served, latency percentiles, the answers that were
# not 200 and the socket errors, and the server's resident memory (VmRSS) sampled every 30 s.
#
#   bench/src/main/scripts/server/soak.sh [JAR]      (default: cli/target/corridor.jar)
#
# Environment: RATE (requests/s asked, 4000: twice the sustained target of 2,000/s), DURATION
# (seconds, 600), CONNECTIONS (40), PORT (18091), CORRIDOR_JAVA_OPTS (default: those bin/corridor uses).
set -euo pipefail
name=soak
rate="${RATE:-4000}"
duration="${DURATION:-600}"
connections="${CONNECTIONS:-40}"
port="${PORT:-18091}"
opts="${CORRIDOR_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
# shellcheck source=server-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/server-common.sh"

start_server "$opts" 0.1
pace_ms=$(( connections * 1000 / rate ))
echo "soak: jar $jar, JVM options '$opts', $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "soak: wrk -t2 -c$connections -d${duration}s, each connection pacing ${pace_ms} ms: at most $rate requests/s"
rss() { awk '$1 == "VmRSS:" {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"; }
echo "soak: resident memory at start: $(rss) MiB"
( while sleep 30; do echo "$(rss)"; done ) > "$work/rss.log" &
sampler_pid=$!
out=$(PACE_MS="$pace_ms" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency \
  -s "$here/paced-routes.lua" "http://127.0.0.1:$port")
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=""
echo "$out" | grep -E "requests in|Requests/sec|Latency|^ +(50|90|99)%|Socket errors|Non-2xx|non-200" || true
echo "$out" | grep -q "Socket errors" || echo "socket errors: none"
echo "soak: resident memory every 30 s (MiB): $(tr '\n' ' ' < "$work/rss.log")"
echo "soak: resident memory at the end: $(rss) MiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -c " ERROR " "$work/server.log" | sed 's/^/soak: errors in the server log: /' || true
