package corridor.routing.graph;

import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import corridor.model.vehicle.AccessExclusion;
import corridor.model.vehicle.VehicleClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a {@link RoutingGraph} honours the road layer's turn restrictions without an edge-based
 * search: by splitting nodes. A move is a link travelled one way ({@code 2 * link + 1} when against
 * its geometry); an <em>entrance</em> is a move into a junction that restrictions bind. Each
 * distinct set of moves allowed on from an entrance (per class of vehicle: a {@code no_*}
 * restriction takes its to-segment away, an {@code only_*} one everything else) gets a copy of the
 * junction node, at the same place, whose arcs are only those moves. The arc of the entrance into
 * the junction itself stays, closed to the classes the restrictions bind; the arc into each copy
 * is closed to the classes it is not for. So A*, Dijkstra, the hierarchy and the matrices honour
 * the restrictions as they are, and a route still starts at the junction with every move open.
 * Routes end at a copy as at its junction ({@link RoutingGraph#canonicalNode}).
 *
 * <p>Only junctions that are no dataset place's node are split (a place's node carries services
 * and access rules by node); restrictions there, and on segments closed to goods vehicles or
 * that cannot enter the junction, are not applied ({@link #notApplied()}). Immutable once built.
 */
final class TurnSplit {

    private static final int CLASSES = VehicleClass.values().length;
    private static final int[] NO_COPIES = new int[0];

    /** The arcs an entrance gives: the junction's own, closed to {@code closedOriginal}; each copy's, closed to the others. */
    record Entrance(int fromSegment, int junction, int closedOriginal, int[] copies, int[] copyClasses,
                    List<Integer>[] rows) {
    }

    /** No restriction: no copy, no entrance. */
    static final TurnSplit NONE = new TurnSplit(Integer.MAX_VALUE, new int[0], new int[0][], Map.of(), 0);

    private final int firstCopy;
    private final int[] copyOriginal;
    private final Map<Integer, int[]> copiesByNode = new HashMap<>();
    private final int[][] copyMoves;
    private final Map<Integer, Entrance> entrances;
    private final int notApplied;

    private TurnSplit(int firstCopy, int[] copyOriginal, int[][] copyMoves, Map<Integer, Entrance> entrances,
                      int notApplied) {
        this.firstCopy = firstCopy;
        this.copyOriginal = copyOriginal;
        this.copyMoves = copyMoves;
        this.entrances = entrances;
        this.notApplied = notApplied;
        for (int i = 0; i < copyOriginal.length; i++) {
            int[] before = copiesByNode.getOrDefault(copyOriginal[i], new int[0]);
            int[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = firstCopy + i;
            copiesByNode.put(copyOriginal[i], after);
        }
    }

    /**
     * The split of the layer's restrictions for a graph of {@code nodes} nodes whose copies come next.
     *
     * @param roads how the graph holds the layer (nodes of junctions, usable segments)
     */
    @SuppressWarnings("unchecked")
    static TurnSplit of(RoadPart roads, int nodes) {
        RoadLayer layer = roads.layer();
        TurnRestrictions turns = layer.turnRestrictions();
        if (turns.count() == 0) {
            return NONE;
        }
        int base = roads.roadBase();
        // restrictions by entrance, on the junctions that can be split
        Map<Integer, List<Integer>> byEntrance = new LinkedHashMap<>();
        int notApplied = 0;
        for (int r = 0; r < turns.count(); r++) {
            int junction = turns.viaJunction(r);
            int from = turns.fromSegment(r);
            int v = roads.nodeOfJunction(junction);
            int move = entering(layer, from, junction);
            if (!roads.isJunctionNode(v) || move < 0 || !roads.usable(base + from)
                    || layer.from(from) == layer.to(from)) {
                notApplied++;
                continue;
            }
            byEntrance.computeIfAbsent(2 * (base + from) + move, k -> new ArrayList<>()).add(r);
        }
        // the moves leaving each junction split, from the segments that meet there
        Map<Integer, List<Integer>> leaving = new HashMap<>();
        for (List<Integer> rs : byEntrance.values()) {
            leaving.put(turns.viaJunction(rs.get(0)), new ArrayList<>());
        }
        for (int s = 0; s < layer.segmentCount(); s++) {
            if (!roads.usable(base + s)) {
                continue;
            }
            List<Integer> out = leaving.get(layer.from(s));
            if (out != null) {
                out.add(2 * (base + s));
            }
            out = layer.isOneWay(s) ? null : leaving.get(layer.to(s));
            if (out != null && layer.from(s) != layer.to(s)) {
                out.add(2 * (base + s) + 1);
            }
        }
        List<Integer> originals = new ArrayList<>();
        List<int[]> moves = new ArrayList<>();
        Map<Integer, Entrance> entrances = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : byEntrance.entrySet()) {
            List<Integer> rs = e.getValue();
            int junction = turns.viaJunction(rs.get(0));
            List<Integer> out = leaving.get(junction);
            // per class, the moves allowed on, and the restrictions that bind it
            Map<String, Integer> variantClasses = new LinkedHashMap<>();
            Map<String, int[]> variantMoves = new HashMap<>();
            List<Integer>[] rows = new List[CLASSES];
            int closedOriginal = 0;
            for (int c = 0; c < CLASSES; c++) {
                rows[c] = new ArrayList<>();
                TreeSet<Integer> allowed = new TreeSet<>(out);
                for (int r : rs) {
                    if ((turns.classMask(r) & (1 << c)) == 0) {
                        continue;
                    }
                    rows[c].add(r);
                    List<Integer> named = leavingAlong(out, base + turns.toSegment(r));
                    if (turns.isOnly(r)) {
                        allowed.retainAll(named);
                    } else {
                        named.forEach(allowed::remove);
                    }
                }
                if (allowed.size() == out.size()) {
                    continue;
                }
                closedOriginal |= 1 << c;
                String key = allowed.toString();
                variantClasses.merge(key, 1 << c, (a, b) -> a | b);
                variantMoves.put(key, allowed.stream().mapToInt(Integer::intValue).toArray());
            }
            if (closedOriginal == 0) {
                continue; // restrictions naming moves that do not exist (a to-segment one-way towards the junction)
            }
            int[] copies = new int[variantClasses.size()];
            int[] classes = new int[copies.length];
            int k = 0;
            for (Map.Entry<String, Integer> variant : variantClasses.entrySet()) {
                copies[k] = nodes + originals.size();
                classes[k] = variant.getValue();
                originals.add(roads.nodeOfJunction(junction));
                moves.add(variantMoves.get(variant.getKey()));
                k++;
            }
            int fromSegment = turns.fromSegment(rs.get(0));
            entrances.put(e.getKey(), new Entrance(fromSegment, junction, closedOriginal, copies, classes, rows));
        }
        return new TurnSplit(nodes, originals.stream().mapToInt(Integer::intValue).toArray(),
                moves.toArray(new int[0][]), Map.copyOf(entrances), notApplied);
    }

    /** The move (0 along the geometry, 1 against it) by which {@code segment} enters {@code junction}, or -1. */
    private static int entering(RoadLayer layer, int segment, int junction) {
        if (layer.to(segment) == junction) {
            return 0;
        }
        return layer.from(segment) == junction && !layer.isOneWay(segment) ? 1 : -1;
    }

    private static List<Integer> leavingAlong(List<Integer> out, int link) {
        List<Integer> named = new ArrayList<>();
        for (int move : out) {
            if (move >> 1 == link) {
                named.add(move);
            }
        }
        return named;
    }

    /** The number of copies of junction nodes. */
    int copyCount() {
        return copyOriginal.length;
    }

    /** The junction node a copy stands for (nodes below the first copy stand for themselves). */
    int original(int node) {
        return node < firstCopy ? node : copyOriginal[node - firstCopy];
    }

    /** The moves allowed on from copy {@code node}. */
    int[] copyMoves(int node) {
        return copyMoves[node - firstCopy];
    }

    /** The copies of {@code node}, empty when it has none (a shared array: not to be changed). */
    int[] copiesOf(int node) {
        return copiesByNode.getOrDefault(node, NO_COPIES);
    }

    /** The entrance of {@code move}, or null when no restriction binds it. */
    Entrance entrance(int move) {
        return entrances.isEmpty() ? null : entrances.get(move);
    }

    /** Restrictions of the layer the split does not apply (at a place's node, on a closed or wrong-way segment). */
    int notApplied() {
        return notApplied;
    }

    /** Why the arc of {@code entrance} into its junction is closed to {@code vehicleClass}: which relations, which link. */
    static AccessExclusion reason(RoadPart roads, Entrance entrance, int vehicleClass) {
        RoadLayer layer = roads.layer();
        TurnRestrictions turns = layer.turnRestrictions();
        List<String> relations = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (int r : entrance.rows()[vehicleClass]) {
            relations.add(Long.toString(turns.relationId(r)));
            what.add(turns.type(r) + " onto " + roads.segmentName(turns.toSegment(r)) + " ("
                    + RoadPart.SEGMENT_PREFIX + turns.toSegment(r) + ")");
        }
        String rule = "osm:restriction (relation" + (relations.size() > 1 ? "s " : " ") + String.join(", ", relations)
                + ")";
        String reason = String.join("; ", what) + " at " + RoadPart.JUNCTION_PREFIX + entrance.junction();
        return new AccessExclusion(rule, RoadPart.SEGMENT_PREFIX + entrance.fromSegment(),
                roads.segmentName(entrance.fromSegment()), reason, roads.sourceIds(), false);
    }

    @Override
    public String toString() {
        return "TurnSplit[copies=" + Arrays.toString(copyOriginal) + "]";
    }
}
