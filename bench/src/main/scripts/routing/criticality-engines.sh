#!/usr/bin/env bash
# Criticality from the contraction hierarchy against the A* router (bench/README.md, "Criticality from the
# hierarchy"): `corridor criticality` on the built-in network with the 500 origin-destination pairs of
# bench/spark/run.sh (drawn with seed 1 from the places at link ends), by road (--modes road: one mode, where
# the hierarchy applies) and by every mode (where it does not: every route is the router's), each with
# --engine hierarchy and --engine astar, alternating, TRIALS times (default 3). Whole runs, not JMH: a run is
# one baseline and a reroute of every pair on each lost link, seconds long. Prints the load before each run,
# elapsed, user and system seconds, and whether the two engines' rankings are equal.
#
#   bench/src/main/scripts/routing/criticality-engines.sh
#   TRIALS=5 PAIRS=500 bench/src/main/scripts/routing/criticality-engines.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)"
trials="${TRIALS:-3}"
pair_count="${PAIRS:-500}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-criticality-bench}"
date="2025-07-01"
mkdir -p "$work"
cd "$root"
if [ -z "${NO_BUILD:-}" ]; then
  echo "building the cli jar..." >&2
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVNW_FLAGS:-} -DskipTests package -pl cli -am >&2
fi
corridor=(java -jar cli/target/corridor.jar)
pairs="$work/od-pairs-$pair_count.csv"
bench/src/main/scripts/od-pairs.sh "$pairs" "$pair_count"
run() { # name, modes..., engine
  local name="$1" engine="$2"; shift 2
  printf '%s load %s: ' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f '%e s elapsed, %U s user, %S s sys' -o "$work/$name.time" \
    "${corridor[@]}" criticality --pairs "$pairs" --date "$date" --top 1000 "$@" --engine "$engine" \
    > "$work/$name.out" 2> "$work/$name.err"
  printf '%s; %s\n' "$(cat "$work/$name.time")" "$(grep 'answered by' "$work/$name.err" | cut -c1-160)"
}
for t in $(seq 1 "$trials"); do
  run "road-hierarchy-$t" hierarchy --modes road
  run "road-astar-$t" astar --modes road
  run "all-hierarchy-$t" hierarchy
  run "all-astar-$t" astar
done
for modes in road all; do
  if cmp -s "$work/$modes-hierarchy-1.out" "$work/$modes-astar-1.out"; then
    echo "$modes: the two rankings are equal"
  else
    echo "$modes: THE RANKINGS DIFFER (diff $work/$modes-hierarchy-1.out $work/$modes-astar-1.out)"
  fi
done
head -1 "$work/road-hierarchy-1.out"
