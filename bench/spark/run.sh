#!/usr/bin/env bash
# Spark benchmarks (bench/README.md, "Spark"): whole runs of the same job on one machine, timed
# with repeated trials, medians printed. Not JMH: a Spark job's cost is the whole run (session,
# scheduling, shuffle to disk, merge), tens of seconds per trial, which JMH's forks and warm-up
# iterations of a method do not model. Not part of bin/test.
#
#   bench/spark/run.sh            # 3 trials each (TRIALS=5 for more)
#
# Monitoring: the 10,000,000-ping file of MonitorBenchmark (200 trucks, seed 20261127, from
# 2025-01-01, cut at exactly 10,000,000 pings), ingested by `corridor monitor ingest` (one JVM,
# one core) and by `corridor-spark monitor` on local[1] and local[2]; the state files must be equal.
# Criticality: 500 origin-destination pairs drawn (seed 1) from the places at link ends of the
# built-in network, ranked by `corridor criticality` and by `corridor-spark criticality` on
# local[1] and local[2]; the rankings must be equal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
trials="${TRIALS:-3}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-spark-bench}"
now="2026-01-01T00:00:00Z"
date="2025-07-01"
mkdir -p "$work"
cd "$root"

echo "building cli and spark jars..." >&2
./mvnw -B -q -DskipTests package -pl cli,spark -am >&2
corridor=(java -jar cli/target/corridor.jar)

pings="$work/pings-10000000.csv"
if [ ! -f "$pings" ]; then
  echo "simulating 10,000,000 pings (once)..." >&2
  "${corridor[@]}" simulate-fleet --trucks 200 --days 126 --seed 20261127 --start 2025-01-01 --out "$work/sim" >&2
  head -n 10000001 "$work/sim/pings.csv" > "$pings.tmp" && mv "$pings.tmp" "$pings"
  rm -rf "$work/sim"
fi

pairs="$work/od-pairs-500.csv"
if [ ! -f "$pairs" ]; then
  "${corridor[@]}" dataset export "$work/cpec" >&2
  python3 - "$work/cpec/links.geojson" "$pairs" <<'PY'
import json, random, sys
links = json.load(open(sys.argv[1]))["features"]
ends = sorted({p[k] for f in links for p in [f["properties"]] for k in ("from", "to")})
all_pairs = [(a, b) for a in ends for b in ends if a != b]
with open(sys.argv[2], "w") as out:
    out.write("from,to,note\n")
    for a, b in random.Random(1).sample(all_pairs, 500):
        out.write(f"{a},{b},\n")
PY
  rm -rf "$work/cpec"
fi

# seconds of one run of "$@", its output to $work/last.out and .err
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/last.out" 2> "$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -A times
run() { # name, command...
  local name="$1"; shift
  local list=()
  for ((i = 1; i <= trials; i++)); do
    list+=("$(timed "$@")")
    cp "$work/last.out" "$work/$name.out"
    grep -h "pings in" "$work/last.err" >> "$work/$name.inside" || true
  done
  times[$name]="$(median "${list[@]}")"
  printf '%-28s median %8.2f s   trials: %s\n' "$name" "${times[$name]}" "${list[*]}"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
rm -f "$work"/*.inside
run monitor-single "${corridor[@]}" monitor ingest "$pings" --now "$now" --state "$work/single.json"
run monitor-spark-local1 bin/corridor-spark monitor "$pings" --master 'local[1]' --now "$now" --state "$work/spark1.json"
run monitor-spark-local2 bin/corridor-spark monitor "$pings" --master 'local[2]' --now "$now" --state "$work/spark2.json"
cmp -s "$work/single.json" "$work/spark1.json" && cmp -s "$work/single.json" "$work/spark2.json" \
  && echo "monitor: the three state files are equal" || { echo "monitor: STATE FILES DIFFER" >&2; exit 1; }
for n in local1 local2; do
  echo "inside the Spark session ($n): $(tr '\n' ';' < "$work/monitor-spark-$n.inside")"
done

run criticality-single "${corridor[@]}" criticality --pairs "$pairs" --date "$date" --top 1000
run criticality-spark-local1 bin/corridor-spark criticality --pairs "$pairs" --date "$date" --top 1000 --master 'local[1]'
run criticality-spark-local2 bin/corridor-spark criticality --pairs "$pairs" --date "$date" --top 1000 --master 'local[2]'
cmp -s "$work/criticality-single.out" "$work/criticality-spark-local1.out" \
  && cmp -s "$work/criticality-single.out" "$work/criticality-spark-local2.out" \
  && echo "criticality: the three rankings are equal" || { echo "criticality: RANKINGS DIFFER" >&2; exit 1; }
head -1 "$work/criticality-single.out"

awk -v s="${times[monitor-single]}" -v a="${times[monitor-spark-local1]}" -v b="${times[monitor-spark-local2]}" 'BEGIN {
  printf "monitor pings/s: single JVM %.0f; Spark local[1] %.0f; local[2] %.0f\n", 1e7/s, 1e7/a, 1e7/b
  printf "monitor ratios: local[1]/single time %.2f (overhead); local[1]/local[2] time %.2f (scaling 1 to 2 cores)\n", a/s, a/b }'
awk -v s="${times[criticality-single]}" -v a="${times[criticality-spark-local1]}" -v b="${times[criticality-spark-local2]}" 'BEGIN {
  printf "criticality ratios: local[1]/single time %.2f; local[1]/local[2] time %.2f\n", a/s, a/b }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
