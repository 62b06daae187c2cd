#!/usr/bin/env bash
# Vehicle-aware routing against the router before vehicles (bench/README.md, "Vehicle-aware routing",
# issue 23): the same JMH benchmarks, built from two commits, run one after the other on the same
# machine, each with its own peer in the same JVM (JGraphT's Dijkstra on the 1M-link network,
# GraphHopper's flexible search on the Islamabad extract), so each side's time can also be read as
# a ratio to a peer that did not change. Not part of bin/test.
#
#   bench/vehicles/run.sh                     # BEFORE = issue 22's reshaped main, before the hierarchy and vehicle branches merged (24702f6), AFTER = this tree
#   ROUNDS=3 bench/vehicles/run.sh            # alternate before/after three times (default 2)
#
# Before: the router with one speed for every road and no vehicle. After: the router as it runs
# today, routing the default vehicle (the 20 t rigid truck) with its access rules and road-class speeds.
# MVNW_FLAGS passes options to the builds (-o offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
before_rev="${BEFORE:-24702f6}"
rounds="${ROUNDS:-2}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/corridor-vehicle-bench}"
mkdir -p "$work"
cd "$root"
before_commit="$(git rev-parse --verify "$before_rev^{commit}")"

build() { # build DIR: the bench and cli jars of the tree in DIR
  echo "building $1 ..." >&2
  # shellcheck disable=SC2086
  (cd "$1" && ./mvnw -B -q ${MVNW_FLAGS:-} -DskipTests package -pl bench,cli -am >&2)
}
if [ ! -f "$work/before/.commit" ] || [ "$(cat "$work/before/.commit")" != "$before_commit" ]; then
  rm -rf "$work/before" && mkdir -p "$work/before"
  git archive "$before_commit" | tar -x -C "$work/before"
  build "$work/before"
  echo "$before_commit" > "$work/before/.commit"
fi
build "$root"

ALL=motorway,motorway_link,trunk,trunk_link,primary,primary_link,secondary,secondary_link,tertiary,tertiary_link,unclassified,residential,living_street,service,road
import() { # import SIDE TREE: Islamabad's roads with that tree's importer (each version reads its own roads.bin)
  local dir="$work/osm-$1"
  if [ ! -d "$dir/islamabad" ] || [ "$1" = after ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$root/osm/src/test/resources/osm/islamabad.osm.pbf" "$dir/"
    java -jar "$2/cli/target/corridor.jar" import osm "$dir/islamabad.osm.pbf" --into "$dir/islamabad" --highways $ALL >&2
  fi
}
import before "$work/before"
import after "$root"

run() { # run SIDE TREE ROUND
  local jar="$2/bench/target/benchmarks.jar" out="$work/$1-$3"
  echo "round $3, $1: load $(cut -d' ' -f1 /proc/loadavg)" >&2
  java -jar "$jar" 'corridor.bench.routing.RoutingBenchmark.(fastestRouter|fastestJGraphTDijkstra)$' \
    -p network=generated -f 1 -wi 3 -i 5 -rf json -rff "$out-generated.json" >&2
  CORRIDOR_BENCH_OSM="$work/osm-$1" java -jar "$jar" \
    'corridor.bench.osm.OsmRoutingBenchmark.(corridorRouter|graphHopperFlexible)$' \
    -p extract=islamabad -f 1 -wi 3 -i 5 -rf json -rff "$out-islamabad.json" >&2
}
for round in $(seq 1 "$rounds"); do
  run before "$work/before" "$round"
  run after "$root" "$round"
done
echo "load after: $(cut -d' ' -f1 /proc/loadavg)" >&2

python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
def median_ms(side, net, name):
    values = []
    for r in range(1, rounds + 1):
        for b in json.load(open(f"{work}/{side}-{r}-{net}.json")):
            if b["benchmark"].endswith("." + name):
                scale = {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6}[b["primaryMetric"]["scoreUnit"]]
                values.append(b["primaryMetric"]["scorePercentiles"]["50.0"] * scale)
    return statistics.median(values)
rows = [("generated", "1,000,797 links", "fastestRouter", "fastestJGraphTDijkstra", "JGraphT Dijkstra"),
        ("islamabad", "Islamabad, 46,277 segments", "corridorRouter", "graphHopperFlexible", "GraphHopper flexible")]
print("| network | before: router / peer (ms) | after: router / peer (ms) | after ÷ before | the same, each ÷ its peer |")
print("| --- | --- | --- | --- | --- |")
for net, label, router, peer, peer_label in rows:
    b, bp = median_ms("before", net, router), median_ms("before", net, peer)
    a, ap = median_ms("after", net, router), median_ms("after", net, peer)
    print(f"| {label} | {b:.3f} / {bp:.3f} | {a:.3f} / {ap:.3f} | {a / b:.2f} | {(a / ap) / (b / bp):.2f} (peer: {peer_label}) |")
PY
