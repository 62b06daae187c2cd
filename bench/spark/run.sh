#!/usr/bin/env bash
# Spark benchmarks (bench/README.md, "Spark"): whole runs of the same job on one machine, timed
# in interleaved rounds (one run of each command a round), medians printed, ratios taken within
# each round. Not JMH: a Spark job's cost is the whole run (session,
# scheduling, shuffle to disk, merge), tens of seconds per trial, which JMH's forks and warm-up
# iterations of a method do not model. Not part of bin/test.
#
#   bench/spark/run.sh                     # 3 rounds (TRIALS=5 for more), 10,000,000 pings, 500 and 5,000 pairs
#   PINGS=2000000 PAIRS=500 TRIALS=1 bench/spark/run.sh
#
# Monitoring: PINGS pings (default 10,000,000) of 200 trucks simulated from 2025-01-01 with seed
# 20261127 over as many days as needed (126 for 10,000,000: the file of MonitorBenchmark), cut at
# exactly PINGS, ingested by `corridor monitor ingest` (one JVM, one core) and by
# `corridor-spark monitor` on local[1] and local[2]; the state files must be equal.
# Criticality: for each count in PAIRS (default "500 5000"), that many origin-destination pairs
# drawn (seed 1) from the places at link ends of the built-in network, ranked by `corridor
# criticality` and by `corridor-spark criticality` on local[1] and local[2]; the rankings must be
# equal. 500 pairs take about 3 s on one JVM, so Spark's start of about 2 s weighs on their ratios;
# 5,000 pairs show the same job with more work per start.
# Each run's CPU (user and system, all its threads) is printed beside its time, and for monitoring
# (pinned runs) the core-seconds local[2] left idle (2 x time - CPU): local[2] uses about local[1]'s CPU, so what
# keeps it from half local[1]'s time is that idle time (bench/README.md, "Issue 27, session 11").
# bin/corridor-spark records its class-data-sharing archive on its first run after a build; one
# untimed run on 1,000 pings makes it before the trials. It also tunes the JVM of a local master
# (JIT thresholds, the serial collector with a 600 MB young generation on one or two cores, in
# transparent huge pages where the kernel offers them);
# CORRIDOR_SPARK_TUNING=0 runs the Spark side with the JVM's own choices, as before issue 27's
# fourth session.
# MVNW_FLAGS passes options to the build (-o offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
trials="${TRIALS:-3}"
count="${PINGS:-10000000}"
read -ra pair_counts <<< "${PAIRS:-500 5000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-spark-bench}"
now="2026-01-01T00:00:00Z"
date="2025-07-01"
mkdir -p "$work"
cd "$root"

echo "building cli and spark jars..." >&2
# shellcheck disable=SC2086
./mvnw -B -q ${MVNW_FLAGS:-} -DskipTests package -pl cli,spark -am >&2
corridor=(java -jar cli/target/corridor.jar)

pings="$work/pings-$count.csv"
if [ ! -f "$pings" ]; then
  # 200 trucks send about 400 pings a day each: 126 days for 10,000,000 (the file of MonitorBenchmark)
  days=$(( (count * 126 + 9999999) / 10000000 ))
  [ "$days" -le 366 ] || { echo "PINGS=$count needs more than 366 days of 200 trucks" >&2; exit 2; }
  echo "simulating $count pings (once)..." >&2
  "${corridor[@]}" simulate-fleet --trucks 200 --days "$days" --seed 20261127 --start 2025-01-01 --out "$work/sim" >&2
  head -n $((count + 1)) "$work/sim/pings.csv" > "$pings.tmp"
  [ "$(wc -l < "$pings.tmp")" -eq $((count + 1)) ] || { echo "the simulation made fewer than $count pings" >&2; exit 1; }
  mv "$pings.tmp" "$pings"
  rm -rf "$work/sim"
fi

for pair_count in "${pair_counts[@]}"; do
  bench/src/main/scripts/od-pairs.sh "$work/od-pairs-$pair_count.csv" "$pair_count"
done

# CPU seconds (user and system) of this shell's ended children, as the times builtin wrote them to
# file $1 (times must run in the shell itself: a command substitution would fork and read its own,
# empty, account)
children_cpu() {
  tail -1 "$1" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.2f", t }'
}

# seconds of one run of "$@", its output to $work/last.out and .err, its CPU seconds to $work/last.cpu
timed() {
  local start end
  times > "$work/times.before"
  start=$(date +%s.%N)
  "$@" > "$work/last.out" 2> "$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
  end=$(date +%s.%N)
  times > "$work/times.after"
  echo "$(children_cpu "$work/times.after") - $(children_cpu "$work/times.before")" | bc > "$work/last.cpu"
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# The trials of a measure's three commands are interleaved, one round at a time, each round in
# another order (single, local[1], local[2]; then local[1], local[2], single; ...), and each ratio is
# taken within its round, then the median of the rounds' ratios is printed: this machine's speed
# drifts by 10 to 40% within minutes, and with all trials of one command run before the next a
# drift went straight into the ratios (the same code gave scaling 1.67 and 1.98 in two runs ten
# minutes apart, bench/README.md "Spark").
declare -A times
declare -A lists
declare -A cpu_lists
trial() { # name: one timed run of cmd_<name> (without an @suffix: criticality-single@500 runs cmd_criticality-single)
  local name="$1" seconds
  seconds="$(timed "cmd_${name%@*}")"
  cp "$work/last.out" "$work/$name.out"
  tr '\r' '\n' < "$work/last.err" | grep -h "pings in" >> "$work/$name.inside" || true
  lists[$name]="${lists[$name]:-} $seconds"
  cpu_lists[$name]="${cpu_lists[$name]:-} $(cat "$work/last.cpu")"
}
rounds() { # names: TRIALS rounds of one run of each, the order rotated every round
  local names=("$@") n=$# i k
  for ((i = 0; i < trials; i++)); do
    for ((k = 0; k < n; k++)); do trial "${names[(i + k) % n]}"; done
  done
  for name in "${names[@]}"; do
    # shellcheck disable=SC2086
    times[$name]="$(median ${lists[$name]})"
    # shellcheck disable=SC2086
    printf '%-30s median %8.2f s   trials: %s   CPU (user + system) median %.2f s\n' "$name" "${times[$name]}" \
      "${lists[$name]# }" "$(median ${cpu_lists[$name]})"
  done
}
nth() { echo "$1" | awk -v i="$2" '{print $i}'; }
# "name: ratio of the rounds' medians, then each round's": numerator and denominator lists of times
ratios() {
  local over="$1" under="$2" i list=()
  for ((i = 1; i <= trials; i++)); do
    list+=("$(echo "scale=4; $(nth "$over" "$i") / $(nth "$under" "$i")" | bc)")
  done
  printf '%.2f (rounds: %s)' "$(median "${list[@]}")" "$(printf '%.2f ' "${list[@]}" | sed 's/ $//')"
}

# "One core" and "two cores" as the issue means them: each run is pinned (taskset) to core 0, or to
# cores 0 and 1, so a one-core run's garbage collector, JIT compiler and Spark's own threads share
# its one core instead of riding free on the second (unpinned, local[1] used about 1.5 cores).
# The JVM sizes its GC and thread pools from the cores it may use. PIN=0 runs unpinned.
one_core=()
two_cores=()
if [ "${PIN:-1}" = 1 ]; then
  command -v taskset > /dev/null || { echo "taskset (util-linux) is needed to pin runs to cores; PIN=0 runs unpinned" >&2; exit 2; }
  [ "$(nproc)" -ge 2 ] || { echo "pinning needs 2 cores, this machine has $(nproc); PIN=0 runs unpinned" >&2; exit 2; }
  one_core=(taskset -c 0)
  two_cores=(taskset -c 0,1)
fi

head -n 1001 "$pings" > "$work/warm-up.csv"
bin/corridor-spark monitor "$work/warm-up.csv" --master 'local[1]' --now "$now" --state "$work/warm-up.json" \
  > /dev/null 2> "$work/warm-up.err" || { cat "$work/warm-up.err" >&2; exit 1; }

echo "$count pings; pairs: ${pair_counts[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "bin/corridor-spark JVM tuning: $([ "${CORRIDOR_SPARK_TUNING:-1}" = 1 ] && echo on || echo "off (CORRIDOR_SPARK_TUNING=0)");" \
  "the kernel's transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null || echo "not offered")"
if [ "${#one_core[@]}" -gt 0 ]; then
  echo "single JVM and local[1] pinned to one core (${one_core[*]}), local[2] to two (${two_cores[*]})"
else
  echo "unpinned (PIN=0): every run may use all $(nproc) cores"
fi
# states of an earlier run (another PINGS) are not this run's: monitor ingest would refuse to replace them
rm -f "$work"/*.inside "$work/single.json" "$work/spark1.json" "$work/spark2.json"
cmd_monitor-single() { "${one_core[@]}" "${corridor[@]}" monitor ingest "$pings" --now "$now" --state "$work/single.json"; }
cmd_monitor-spark-local1() { "${one_core[@]}" bin/corridor-spark monitor "$pings" --master 'local[1]' --now "$now" --state "$work/spark1.json"; }
cmd_monitor-spark-local2() { "${two_cores[@]}" bin/corridor-spark monitor "$pings" --master 'local[2]' --now "$now" --state "$work/spark2.json"; }
rounds monitor-single monitor-spark-local1 monitor-spark-local2
cmp -s "$work/single.json" "$work/spark1.json" && cmp -s "$work/single.json" "$work/spark2.json" \
  && echo "monitor: the three state files are equal" || { echo "monitor: STATE FILES DIFFER" >&2; exit 1; }
for n in local1 local2; do
  echo "inside the Spark session ($n): $(tr '\n' ';' < "$work/monitor-spark-$n.inside")"
done

# one set of commands for every count: $pairs is the file of the count being run
cmd_criticality-single() { "${one_core[@]}" "${corridor[@]}" criticality --pairs "$pairs" --date "$date" --top 1000; }
cmd_criticality-spark-local1() { "${one_core[@]}" bin/corridor-spark criticality --pairs "$pairs" --date "$date" --top 1000 --master 'local[1]'; }
cmd_criticality-spark-local2() { "${two_cores[@]}" bin/corridor-spark criticality --pairs "$pairs" --date "$date" --top 1000 --master 'local[2]'; }
for pair_count in "${pair_counts[@]}"; do
  pairs="$work/od-pairs-$pair_count.csv"
  rounds "criticality-single@$pair_count" "criticality-spark-local1@$pair_count" "criticality-spark-local2@$pair_count"
  cmp -s "$work/criticality-single@$pair_count.out" "$work/criticality-spark-local1@$pair_count.out" \
    && cmp -s "$work/criticality-single@$pair_count.out" "$work/criticality-spark-local2@$pair_count.out" \
    && echo "criticality ($pair_count pairs): the three rankings are equal" \
    || { echo "criticality ($pair_count pairs): RANKINGS DIFFER" >&2; exit 1; }
  head -1 "$work/criticality-single@$pair_count.out"
done

awk -v n="$count" -v s="${times[monitor-single]}" -v a="${times[monitor-spark-local1]}" -v b="${times[monitor-spark-local2]}" 'BEGIN {
  printf "monitor pings/s (medians): single JVM %.0f; Spark local[1] %.0f; local[2] %.0f\n", n/s, n/a, n/b }'
# local[2]'s two cores for its whole run, less the CPU it used: what it left idle (the single-threaded
# start and end, collector pauses, a stage's last task alone), round by round. Only when pinned:
# unpinned on a larger machine its JVM's own threads may use more than two cores.
if [ "${#two_cores[@]}" -gt 0 ]; then
  idle=()
  for ((i = 1; i <= trials; i++)); do
    idle+=("$(echo "2 * $(nth "${lists[monitor-spark-local2]}" "$i") - $(nth "${cpu_lists[monitor-spark-local2]}" "$i")" | bc)")
  done
  printf 'monitor local[2]: %.2f core-seconds idle, median (2 x time - CPU; rounds: %s)\n' "$(median "${idle[@]}")" \
    "$(printf '%.2f ' "${idle[@]}" | sed 's/ $//')"
fi
echo "monitor ratios: local[1]/single time $(ratios "${lists[monitor-spark-local1]}" "${lists[monitor-single]}") (overhead);" \
  "local[1]/local[2] time $(ratios "${lists[monitor-spark-local1]}" "${lists[monitor-spark-local2]}") (scaling 1 to 2 cores)"
for pair_count in "${pair_counts[@]}"; do
  single="${lists[criticality-single@$pair_count]}"
  local1="${lists[criticality-spark-local1@$pair_count]}"
  local2="${lists[criticality-spark-local2@$pair_count]}"
  echo "criticality ratios ($pair_count pairs): local[1]/single time $(ratios "$local1" "$single");" \
    "local[1]/local[2] time $(ratios "$local1" "$local2")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
