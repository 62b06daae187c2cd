#!/usr/bin/env bash
# Where local[2] gains on local[1] and where it does not (bench/README.md, "Issue 27, session 10"):
# `bin/corridor-spark monitor` on local[1] (core 0) and local[2] (cores 0 and 1), alternate runs on
# the pings file of bench/spark/run.sh, each run cut into four phases from Spark's event log and the
# launch clock: the start (launch to the first task), stage 0 (read, check, pack, shuffle write),
# stage 1 (shuffle read, the engine) and the end (last task to the process's exit); with the CPU of
# each stage's tasks. Prints each run, the medians, and local[1] ÷ local[2] phase by phase. Not part
# of bin/test.
#
#   bench/spark/phases.sh                       # 3 rounds, 10,000,000 pings (run bench/spark/run.sh once first)
#   ROUNDS=5 PINGS=2000000 bench/spark/phases.sh
#
# MVNW_FLAGS passes options to the build (-o offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${ROUNDS:-3}"
count="${PINGS:-10000000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-spark-bench}"
pings="$work/pings-$count.csv"
cd "$root"
[ -f "$pings" ] || { echo "no $pings: bench/spark/run.sh makes it (PINGS=$count bench/spark/run.sh)" >&2; exit 2; }
command -v taskset > /dev/null || { echo "taskset (util-linux) is needed to pin runs to cores" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "this needs 2 cores, this machine has $(nproc)" >&2; exit 2; }

echo "building the spark jar..." >&2
# shellcheck disable=SC2086
./mvnw -B -q ${MVNW_FLAGS:-} -DskipTests package -pl spark -am >&2
mkdir -p "$work/phases"
# one untimed run records the class-data-sharing archive after a build
head -n 1001 "$pings" > "$work/phases/warm-up.csv"
bin/corridor-spark monitor "$work/phases/warm-up.csv" --now 2026-01-01T00:00:00Z --state "$work/phases/warm-up.json" \
  > /dev/null 2> "$work/phases/last.err" || { cat "$work/phases/last.err" >&2; exit 1; }

one_run() { # cores: one run, its event log under $work/phases/<cores>-<round>, its launch and exit clock in ms
  local cores="$1" round="$2" events start end
  events="$work/phases/$cores-$round"
  rm -rf "$events" && mkdir -p "$events"
  start=$(date +%s%3N)
  CORRIDOR_SPARK_JAVA_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=$events \
-Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false ${CORRIDOR_SPARK_JAVA_OPTS:-}" \
    taskset -c "$([ "$cores" = 1 ] && echo 0 || echo 0,1)" bin/corridor-spark monitor "$pings" --master "local[$cores]" \
    --now 2026-01-01T00:00:00Z --state "$work/phases/state-$cores.json" > /dev/null 2> "$work/phases/last.err" \
    || { cat "$work/phases/last.err" >&2; exit 1; }
  end=$(date +%s%3N)
  echo "$start $end" > "$events/clock"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $count pings; $rounds rounds"
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then one_run 1 "$r"; one_run 2 "$r"; else one_run 2 "$r"; one_run 1 "$r"; fi
done
cmp -s "$work/phases/state-1.json" "$work/phases/state-2.json" || { echo "THE STATE FILES DIFFER" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/phases" "$rounds" <<'PY'
import glob, json, os, statistics, sys

base, rounds = sys.argv[1], int(sys.argv[2])
PHASES = ("start", "stage 0", "stage 1", "end", "whole")

def phases(events):
    start, end = (int(x) for x in open(os.path.join(events, "clock")).read().split())
    log = [f for f in glob.glob(os.path.join(events, "*")) if not f.endswith("clock")][0]
    stage_end, first_task, cpu = {}, None, {0: 0.0, 1: 0.0}
    for line in open(log):
        e = json.loads(line)
        kind = e["Event"]
        if kind == "SparkListenerStageCompleted":
            stage_end[e["Stage Info"]["Stage ID"]] = e["Stage Info"]["Completion Time"]
        elif kind == "SparkListenerTaskStart":
            launched = e["Task Info"]["Launch Time"]
            first_task = launched if first_task is None else min(first_task, launched)
        elif kind == "SparkListenerTaskEnd" and e["Stage ID"] in cpu:
            cpu[e["Stage ID"]] += e["Task Metrics"]["Executor CPU Time"] / 1e9
    marks = [start, first_task, stage_end[0], stage_end[1], end]
    seconds = [(b - a) / 1000 for a, b in zip(marks, marks[1:])] + [(end - start) / 1000]
    return seconds, [cpu[0], cpu[1]]

runs = {c: [phases(os.path.join(base, "%d-%d" % (c, r))) for r in range(1, rounds + 1)] for c in (1, 2)}
header = "%-12s" % "seconds" + "".join("%9s" % p for p in PHASES) + " | task CPU: stage 0, stage 1"
print(header)
for c in (1, 2):
    for r, (s, cpu) in enumerate(runs[c], 1):
        print("%-12s" % ("local[%d] #%d" % (c, r)) + "".join("%9.2f" % x for x in s) + " |           %7.2f %7.2f" % tuple(cpu))
median = {c: [statistics.median(run[0][i] for run in runs[c]) for i in range(len(PHASES))] for c in (1, 2)}
cpu = {c: [statistics.median(run[1][i] for run in runs[c]) for i in (0, 1)] for c in (1, 2)}
for c in (1, 2):
    print("%-12s" % ("local[%d]" % c) + "".join("%9.2f" % x for x in median[c]) + " |           %7.2f %7.2f" % tuple(cpu[c])
          + "   (medians)")
print("%-12s" % "1 ÷ 2" + "".join("%9.2f" % (a / b) for a, b in zip(median[1], median[2]))
      + " |           %7.2f %7.2f" % (cpu[1][0] / cpu[2][0], cpu[1][1] / cpu[2][1]))
PY
