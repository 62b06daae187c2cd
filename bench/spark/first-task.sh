#!/usr/bin/env bash
# The driver's start (bench/README.md, "Issue 27, session 9"): milliseconds from the JVM's launch
# to Spark's first task, `bin/corridor-spark monitor` on local[2] (cores 0 and 1) and 1,000 pings,
# as it starts now against as it started before session 9 (no StartWarmUp, picocli's search for
# Groovy's closure class on), in alternate runs, the order swapped every round; prints each run and
# the medians. The first task's launch is read from Spark's event log. Not part of bin/test.
#
#   bench/spark/first-task.sh             # 12 rounds
#   ROUNDS=20 bench/spark/first-task.sh
#
# MVNW_FLAGS passes options to the build (-o offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${ROUNDS:-12}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-spark-bench}/first-task"
mkdir -p "$work"
cd "$root"
command -v taskset > /dev/null || { echo "taskset (util-linux) is needed to pin runs to cores" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "this needs 2 cores, this machine has $(nproc)" >&2; exit 2; }

echo "building cli and spark jars..." >&2
# shellcheck disable=SC2086
./mvnw -B -q ${MVNW_FLAGS:-} -DskipTests package -pl cli,spark -am >&2
if [ ! -f "$work/pings.csv" ]; then
  java -jar cli/target/corridor.jar simulate-fleet --trucks 20 --days 3 --seed 1 --start 2025-01-01 --out "$work/sim" >&2
  head -n 1001 "$work/sim/pings.csv" > "$work/pings.csv"
  rm -rf "$work/sim"
fi
# one untimed run records the class-data-sharing archive after a build
bin/corridor-spark monitor "$work/pings.csv" --now 2026-01-01T00:00:00Z --state "$work/state.json" > /dev/null 2>&1

declare -A options=(
  [before]="-Dcorridor.spark.startWarmUp=false -Dpicocli.disable.closures=false"
  [now]=""
)
declare -A runs
first_task() { # variant: milliseconds from launch to the first task's launch
  local events="$work/events" start
  rm -rf "$events" && mkdir -p "$events"
  start=$(date +%s%3N)
  CORRIDOR_SPARK_JAVA_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=$events \
-Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false ${options[$1]}" \
    taskset -c 0,1 bin/corridor-spark monitor "$work/pings.csv" --master 'local[2]' \
    --now 2026-01-01T00:00:00Z --state "$work/state.json" > /dev/null 2> "$work/last.err" \
    || { cat "$work/last.err" >&2; exit 1; }
  local launched
  launched=$(grep -h -m1 '"Event":"SparkListenerTaskStart"' "$events"/* | grep -o '"Launch Time":[0-9]*' | cut -d: -f2)
  echo $((launched - start))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
order=(before now)
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < 2; k++)); do
    variant=${order[(r + k) % 2]}
    runs[$variant]="${runs[$variant]:-} $(first_task "$variant")"
  done
done
for variant in before now; do
  # shellcheck disable=SC2086
  printf '%-7s median %5s ms to the first task   runs:%s\n' "$variant" "$(median ${runs[$variant]})" "${runs[$variant]}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
