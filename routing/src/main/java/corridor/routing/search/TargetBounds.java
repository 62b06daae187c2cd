package corridor.routing.search;

import corridor.model.graph.CompactGraph;
import corridor.model.graph.MinHeap;
import corridor.model.network.ObservedTimes;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.Weights;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Lower bounds of the weight still to go from each place to a query's target, for the searches that
 * explain which access rules shaped a route (several searches to one target): a Dijkstra backwards from
 * the target over every arc the query may take, each weighted by what taking it costs at least (its
 * link's hours, cost, CO2 and risk by the query's weights; no dwell, fee, wait or closure, and no access
 * rule, so that the bounds hold with any rule lifted). Far tighter than the great-circle bound, so a
 * search guided by it settles little beyond the route it finds.
 *
 * <p>On a large graph the backward search stops past {@code radius} (the weight of the route already
 * found, which a search with rules lifted cannot exceed): a place not reached by then is at least
 * {@code radius} from the target, and gets that. Both kinds of bound are consistent (the Dijkstra's
 * distances by the triangle inequality; the radius because every unreached place lies beyond it), so A*
 * stays exact. On a small graph (the built-in network) the search covers the whole graph and its bounds
 * are kept for the next queries to the same target by the same weighting and vehicle: a server meets the
 * same few again and again, and the backward search was a fifth of a route query's time.
 *
 * <p>Holds working memory sized to the graph; not thread-safe: one per {@link Router}.
 */
final class TargetBounds {

    private final RoutingGraph g;
    private final CompactGraph topology;
    /** Arcs into each node: {@code firstIn[v] .. firstIn[v + 1] - 1} index {@link #inArc}. */
    private final int[] firstIn;
    /** The arcs of {@link #topology} grouped by head. */
    private final int[] inArc;
    /** The tail of each arc of {@link #topology}. */
    private final int[] tailOf;
    private final double[] weightToTarget;
    /** Stamp of the places settled by the current {@link #compute}; {@link #reached} of those pushed. */
    private final int[] settled;
    private final int[] reached;
    private int stamp;
    private double radius;
    private final MinHeap heap = new MinHeap();
    /**
     * On a small graph, the whole graph's bounds for the last few targets and weightings, kept from query to
     * query (a server's router meets the same few again and again); null on a large graph, where each query
     * computes its own out to its radius.
     */
    private final Kept[] kept;
    private int nextKept;
    /** The bounds {@link #at} reads when they were kept, else null (the arrays of the last computation). */
    private double[] current;

    /** What the bounds depend on, besides the graph: the target, the weights and what a move costs at least. */
    private record Key(int target, Weights weights, double tonnes, int modeMask, BitSet avoidNodes, BitSet avoidLinks,
                       VehicleClass vehicleClass, ObservedTimes observed, YearMonth month) {

        static Key of(ResolvedQuery q) {
            RouteQuery query = q.query();
            // observed times are kept by identity: one monitoring state is one object
            return new Key(q.to, query.weights(), q.tonnes, q.modeMask, q.avoidNodes, q.avoidLinks, q.vehicleClass,
                    query.observed(), query.observed() == null ? null : YearMonth.from(query.departure()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && target == k.target && weights.equals(k.weights)
                    && Double.compare(tonnes, k.tonnes) == 0 && modeMask == k.modeMask && avoidNodes.equals(k.avoidNodes)
                    && avoidLinks.equals(k.avoidLinks) && vehicleClass == k.vehicleClass && observed == k.observed
                    && java.util.Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(target, weights, tonnes, modeMask, avoidNodes, avoidLinks, vehicleClass,
                    System.identityHashCode(observed), month);
        }
    }

    private record Kept(Key key, double[] bounds) {
    }

    TargetBounds(RoutingGraph graph) {
        this(graph, graph.topology().nodeCount() <= SMALL_GRAPH_NODES);
    }

    /** With {@code keep}, whole-graph bounds kept per target and weighting; without, each out to its radius. */
    TargetBounds(RoutingGraph graph, boolean keep) {
        this.g = graph;
        this.topology = graph.topology();
        int nodes = topology.nodeCount();
        int arcs = topology.arcCount();
        tailOf = new int[arcs];
        firstIn = new int[nodes + 1];
        for (int u = 0; u < nodes; u++) {
            for (int a = topology.firstArc(u), end = topology.endArc(u); a < end; a++) {
                tailOf[a] = u;
                firstIn[topology.head(a) + 1]++;
            }
        }
        for (int v = 0; v < nodes; v++) {
            firstIn[v + 1] += firstIn[v];
        }
        inArc = new int[arcs];
        int[] next = Arrays.copyOf(firstIn, nodes);
        for (int a = 0; a < arcs; a++) {
            inArc[next[topology.head(a)]++] = a;
        }
        weightToTarget = new double[nodes];
        settled = new int[nodes];
        reached = new int[nodes];
        kept = keep ? new Kept[KEPT_BOUNDS] : null;
    }

    /**
     * Graphs of at most this many nodes keep {@link #KEPT_BOUNDS} computations of the whole graph (and the
     * router keeps great-circle distances to several targets): the built-in network, not a city's streets.
     */
    static final int SMALL_GRAPH_NODES = 4096;
    private static final int KEPT_BOUNDS = 16;

    /**
     * Computes the bounds to {@code q}'s target by its weights, modes and avoided places and links, out to
     * {@code radius} (the query's weight units; infinite: the whole graph). Replaces the previous bounds.
     */
    void compute(ResolvedQuery q, double radius) {
        if (kept == null) {
            current = null;
            search(q, radius);
            return;
        }
        Key key = Key.of(q);
        for (Kept k : kept) {
            if (k != null && k.key().equals(key)) {
                current = k.bounds();
                return;
            }
        }
        search(q, Double.POSITIVE_INFINITY);
        double[] bounds = new double[weightToTarget.length];
        for (int v = 0; v < bounds.length; v++) {
            bounds[v] = settled[v] == stamp ? weightToTarget[v] : Double.POSITIVE_INFINITY;
        }
        kept[nextKept] = new Kept(key, bounds);
        nextKept = (nextKept + 1) % kept.length;
        current = bounds;
    }

    /** The backward Dijkstra out to {@code radius}, into {@link #weightToTarget} and {@link #settled}. */
    private void search(ResolvedQuery q, double radius) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(settled, 0);
            Arrays.fill(reached, 0);
            stamp = 1;
        }
        this.radius = radius;
        Weights w = q.query().weights();
        heap.clear();
        for (int v = 0; v < weightToTarget.length; v++) {
            if (g.canonicalNode(v) == q.to) {
                reach(v, 0);
            }
        }
        while (!heap.isEmpty() && heap.peekKey() <= radius) {
            double d = heap.peekKey();
            int v = heap.pop();
            if (settled[v] == stamp) {
                continue;
            }
            settled[v] = stamp;
            boolean avoided = q.avoidNodes.get(v);
            for (int i = firstIn[v], end = firstIn[v + 1]; i < end && !avoided; i++) {
                int a = inArc[i];
                int u = tailOf[a];
                int link = topology.segment(a);
                if (settled[u] == stamp || (q.modeMask & (1 << g.linkModeIndex(link))) == 0 || q.avoidLinks.get(link)) {
                    continue;
                }
                double least = w.apply(q.times.link(link), g.linkCostUsdPerTonne(link) * q.tonnes,
                        g.linkCo2KgPerTonne(link) * q.tonnes, g.linkRisk(link));
                reach(u, d + least);
            }
        }
    }

    /** Pushes {@code node} at {@code weight} unless it was pushed at no more already. */
    private void reach(int node, double weight) {
        if (reached[node] != stamp || weight < weightToTarget[node]) {
            reached[node] = stamp;
            weightToTarget[node] = weight;
            heap.push(weight, node);
        }
    }

    /** The bound from {@code node} to the target of the last {@link #compute}: the query's weight units, >= 0. */
    double at(int node) {
        if (current != null) {
            return current[node];
        }
        return settled[node] == stamp ? weightToTarget[node] : radius;
    }
}
