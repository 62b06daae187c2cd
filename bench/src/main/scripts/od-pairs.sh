#!/usr/bin/env bash
# Origin-destination pairs of the built-in network for the criticality benchmarks (bench/spark/run.sh,
# bench/src/main/scripts/routing/criticality-engines.sh): COUNT pairs drawn with seed 1 from the places at
# link ends, written to OUT as `corridor criticality --pairs` reads them. Made once: an existing OUT is kept.
# Needs cli/target/corridor.jar (run from the repository root).
#
#   bench/src/main/scripts/od-pairs.sh OUT COUNT
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: od-pairs.sh OUT COUNT" >&2; exit 2; }
out="$1"
count="$2"
[ -f "$out" ] && exit 0
export_dir="$(mktemp -d)"
trap 'rm -rf "$export_dir"' EXIT
java -jar cli/target/corridor.jar dataset export "$export_dir/cpec" >&2
python3 - "$export_dir/cpec/links.geojson" "$out.tmp" "$count" <<'PY'
import json, random, sys
links = json.load(open(sys.argv[1]))["features"]
ends = sorted({p[k] for f in links for p in [f["properties"]] for k in ("from", "to")})
all_pairs = [(a, b) for a in ends for b in ends if a != b]
with open(sys.argv[2], "w") as out:
    out.write("from,to,note\n")
    for a, b in random.Random(1).sample(all_pairs, min(int(sys.argv[3]), len(all_pairs))):
        out.write(f"{a},{b},\n")
PY
mv "$out.tmp" "$out"
