#!/usr/bin/env bash
# JVM options of bin/corridor-spark against each other, in rotation, on run.sh's pings file.
#
# Each variant is a name and the CORRIDOR_SPARK_JAVA_OPTS it runs with (they come after the
# launcher's own tuning, so -XX:-Flag undoes one of its flags). Each round runs every variant on
# each master once, in an order rotated every round, pinned as run.sh pins them (local[1] to core 0,
# local[2] to cores 0 and 1). Prints each run (time, CPU, minor page faults), then per variant and
# master the medians, and per variant the median of the rounds' local[1] / local[2] ratios.
#
#   VARIANTS='kept=|small-pages=-XX:-UseTransparentHugePages' ROUNDS=6 bench/spark/options.sh
#
# VARIANTS: name=options, separated by |. ROUNDS (default 4). MASTERS (default "1 2": local[1] and
# local[2]). PINGS picks run.sh's file (default 10,000,000 pings; run run.sh once to make it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-spark-bench}"
pings="$work/pings-${PINGS:-10000000}.csv"
rounds="${ROUNDS:-4}"
read -ra masters <<< "${MASTERS:-1 2}"
IFS='|' read -ra variants <<< "${VARIANTS:?VARIANTS='name=options|name=options' is needed}"
[ -f "$pings" ] || { echo "$pings is missing: bench/spark/run.sh makes it" >&2; exit 2; }
command -v taskset > /dev/null || { echo "taskset (util-linux) is needed to pin runs to cores" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "this needs 2 cores, this machine has $(nproc)" >&2; exit 2; }
cd "$root"
out="$work/options"
mkdir -p "$out"
log="$out/runs.txt"
: > "$log"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(basename "$pings")"
for ((r = 0; r < rounds; r++)); do
  for master in "${masters[@]}"; do
    cores=0
    [ "$master" = 1 ] || cores=0,1
    for ((k = 0; k < ${#variants[@]}; k++)); do
      variant="${variants[(r + k) % ${#variants[@]}]}"
      name="${variant%%=*}"
      start=$(date +%s.%N)
      CORRIDOR_SPARK_JAVA_OPTS="${variant#*=}" /usr/bin/time -f "%U %S %R" -o "$out/time" taskset -c "$cores" \
        bin/corridor-spark monitor "$pings" --master "local[$master]" --now 2026-01-01T00:00:00Z \
        --state "$out/$name-$master.json" > /dev/null 2> "$out/err" || { cat "$out/err" >&2; exit 1; }
      end=$(date +%s.%N)
      read -r user sys faults < "$out/time"
      printf '%d %s local[%s] %.2f s CPU %.2f s faults %d\n' "$r" "$name" "$master" "$(echo "$end - $start" | bc)" \
        "$(echo "$user + $sys" | bc)" "$faults" | tee -a "$log"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for variant in "${variants[@]}"; do
  for master in "${masters[@]}"; do
    cmp -s "$out/${variants[0]%%=*}-$master.json" "$out/${variant%%=*}-$master.json" \
      || { echo "the state files of ${variants[0]%%=*} and ${variant%%=*} differ" >&2; exit 1; }
  done
done
awk '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { key = $2 " " $3; time[key] = time[key] " " $4; cpu[key] = cpu[key] " " $7; faults[key] = faults[key] " " $10
    round[$2 " " $1 " " $3] = $4; names[$2] = 1; count = $1 + 1 }
  END {
    for (key in time) printf "%-32s median %6.2f s   CPU median %6.2f s   faults median %d\n", key, median(time[key]), median(cpu[key]), median(faults[key])
    for (name in names) {
      list = ""
      for (r = 0; r < count; r++) if ((name " " r " local[1]") in round && (name " " r " local[2]") in round)
        list = list " " sprintf("%.3f", round[name " " r " local[1]"] / round[name " " r " local[2]"])
      if (list != "") printf "%-32s local[1] / local[2], median of the rounds %.2f (rounds:%s)\n", name, median(list), list
    }
  }' "$log" | sort
