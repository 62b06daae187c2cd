package corridor.monitor.match;

import corridor.model.geo.SegmentIndex;
import corridor.model.graph.CompactGraph;
import corridor.model.network.RoadLayer;

import java.util.BitSet;
import java.util.function.IntFunction;

/**
 * What {@link RoadMatcher} matches on: numbered segments in a {@link SegmentIndex} (the candidates, offsets
 * along them) and the {@link CompactGraph} the vehicle drives between them, with the node at each end of
 * every segment. Two kinds:
 * <ul>
 * <li>a dataset's street-level roads ({@link #of(RoadLayer)}): nodes are junctions, a one-way segment is
 *     driven one way only, and a candidate is a state per direction of travel, so a match keeps to one-way
 *     streets and does not turn round in the middle of a street;</li>
 * <li>the corridor's links ({@link RoadNetwork#matchNetwork()}): nodes are link ends, joined at their place by
 *     connector arcs of no segment, and a candidate is one state that may leave its link by either end; the
 *     network is small (two nodes a link), so its distances are a table of every pair, filled per source on
 *     first use (FMM's precomputed table without a bound), and a transition is a lookup.</li>
 * </ul>
 *
 * <p>Immutable; thread-safe to share between matchers.
 */
public final class MatchNetwork {

    private final SegmentIndex index;
    private final CompactGraph graph;
    private final int[] fromNode;
    private final int[] toNode;
    private final BitSet oneWay;
    private final boolean statePerDirection;
    private final IntFunction<double[]> distanceTable;

    /**
     * @param index             the segments
     * @param graph             arcs of length {@code index.lengthKm} along segments (and any connectors)
     * @param fromNode          per segment, the node at its first point
     * @param toNode            per segment, the node at its last point
     * @param oneWay            segments driven from first to last point only
     * @param statePerDirection a state per direction of travel (true), or one that leaves by either end
     * @param distanceTable     per node, the shortest distances from it to every node (km, infinite when
     *                          unreached), kept by the caller (a small network's whole table); null to search
     */
    MatchNetwork(SegmentIndex index, CompactGraph graph, int[] fromNode, int[] toNode, BitSet oneWay,
                 boolean statePerDirection, IntFunction<double[]> distanceTable) {
        this.index = index;
        this.graph = graph;
        this.fromNode = fromNode;
        this.toNode = toNode;
        this.oneWay = oneWay;
        this.statePerDirection = statePerDirection;
        this.distanceTable = distanceTable;
    }

    /** A dataset's street-level roads, for matching: the junction graph with lengths along the segments' points. */
    public static MatchNetwork of(RoadLayer roads) {
        SegmentIndex index = new SegmentIndex(roads, SegmentIndex.STREET_CELL_DEGREES);
        int m = roads.segmentCount();
        int[] from = new int[m];
        int[] to = new int[m];
        BitSet oneWay = new BitSet(m);
        for (int s = 0; s < m; s++) {
            from[s] = roads.from(s);
            to[s] = roads.to(s);
            oneWay.set(s, roads.isOneWay(s));
        }
        return new MatchNetwork(index, roads.junctionGraph(index::lengthKm), from, to, oneWay, true, null);
    }

    /** The segments, their lengths and the candidate search. */
    public SegmentIndex index() {
        return index;
    }

    /** The graph driven between segments. */
    public CompactGraph graph() {
        return graph;
    }

    /** The node at the first point of {@code segment}. */
    public int fromNode(int segment) {
        return fromNode[segment];
    }

    /** The node at the last point of {@code segment}. */
    public int toNode(int segment) {
        return toNode[segment];
    }

    /** Whether {@code segment} is driven from its first point to its last only. */
    public boolean isOneWay(int segment) {
        return oneWay.get(segment);
    }

    /** Whether a candidate is a state per direction of travel, rather than one leaving by either end. */
    public boolean statePerDirection() {
        return statePerDirection;
    }

    /** Whether the distances between nodes are looked up in a table ({@link #distancesFromKm}) rather than searched. */
    public boolean hasDistanceTable() {
        return distanceTable != null;
    }

    /**
     * The shortest distances from {@code node} to every node, km (infinite when unreached), from the table;
     * only when {@link #hasDistanceTable()}. The array is shared: read, do not change.
     */
    public double[] distancesFromKm(int node) {
        return distanceTable.apply(node);
    }

    /** Length of {@code segment} along its points, km. */
    public double lengthKm(int segment) {
        return index.lengthKm(segment);
    }

    /** Bytes of heap the index's and the graph's arrays take. */
    public long arrayBytes() {
        return index.arrayBytes() + graph.arrayBytes() + 32 + 8L * fromNode.length + oneWay.size() / 8;
    }
}
