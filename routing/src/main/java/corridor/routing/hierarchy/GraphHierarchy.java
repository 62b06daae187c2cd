package corridor.routing.hierarchy;

import corridor.routing.graph.RoutingGraph;

/**
 * A customizable contraction hierarchy of one {@link RoutingGraph}: its arcs (as the graph's
 * compressed sparse rows number them), a nested-dissection order of its nodes ({@link NodeOrder}: computed
 * once from their coordinates, or from the junction order its roads carry), and the contracted topology. Customize it per weighting with
 * {@link #customize} ({@link ArcWeighting#arcWeights} gives a route query's weights), then answer
 * with a {@link CchQuery}; the arcs of a path are the graph's arc indexes.
 *
 * <p>Immutable and thread-safe.
 */
public final class GraphHierarchy {

    private final RoutingGraph graph;
    private final int[] arcTail;
    private final CchTopology topology;
    private final long orderNanos;
    private final long contractionNanos;

    private GraphHierarchy(RoutingGraph graph) {
        this.graph = graph;
        int n = graph.placeCount();
        int arcs = graph.topology().arcCount();
        arcTail = new int[arcs];
        int[] arcHead = new int[arcs];
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int u = 0; u < n; u++) {
            lat[u] = graph.latitude(u);
            lon[u] = graph.longitude(u);
            for (int a = graph.topology().firstArc(u), end = graph.topology().endArc(u); a < end; a++) {
                arcTail[a] = u;
                arcHead[a] = graph.topology().head(a);
            }
        }
        long t0 = System.nanoTime();
        int[] rank = NodeOrder.of(graph, arcTail, arcHead, lat, lon);
        long t1 = System.nanoTime();
        topology = CchTopology.build(n, arcTail, arcHead, rank);
        long t2 = System.nanoTime();
        orderNanos = t1 - t0;
        contractionNanos = t2 - t1;
    }

    /** Orders and contracts {@code graph}: once per graph, whatever the weighting. */
    public static GraphHierarchy build(RoutingGraph graph) {
        return new GraphHierarchy(graph);
    }

    public RoutingGraph graph() {
        return graph;
    }

    public CchTopology topology() {
        return topology;
    }

    /** The node an arc leaves (the graph itself only stores where arcs lead). */
    public int arcTail(int arc) {
        return arcTail[arc];
    }

    /** Customizes the hierarchy for one weight per arc of the graph (infinity closes an arc). */
    public CchMetric customize(double[] arcWeights) {
        return CchMetric.customize(topology, arcWeights);
    }

    /** Nanoseconds the nested-dissection order took. */
    public long orderNanos() {
        return orderNanos;
    }

    /** Nanoseconds the contraction (chordal supergraph and arc mapping) took. */
    public long contractionNanos() {
        return contractionNanos;
    }

    /** Bytes of heap held by the topology and the arc tails (not the graph, not a customization). */
    public long arrayBytes() {
        return topology.arrayBytes() + 16 + 4L * arcTail.length;
    }
}
