package corridor.routing.matrix;

import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.graph.VehicleAccess;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.hierarchy.ArcWeighting.ArcValue;
import corridor.routing.hierarchy.CchMetric;
import corridor.routing.hierarchy.CchQuery;
import corridor.routing.hierarchy.EdgeValues;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.hierarchy.ManyToMany;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Travel matrices on one {@link RoutingGraph}: the best route's km, hours, cost and CO2 between
 * every row place and every column place, for one query's options (departure, cargo, modes, vehicle,
 * what to avoid, objective or blend).
 *
 * <p>Where the query can be asked of the hierarchy ({@link ArcWeighting#applies}: one mode of
 * transport, no risk ceiling), all cells come from one many-to-many search on the customizable
 * contraction hierarchy ({@link ManyToMany}, the bucket method), the totals summed along each cell's
 * path without unpacking it ({@link EdgeValues}). A cell falls back to the A* router, one search for
 * the pair and marked {@link MatrixCell.Method#ROUTER} with the reason, when its path passes a place
 * with an opening calendar that is closed (or would make the goods wait) on the day they reach it,
 * and when the vehicle's access rules bar the column's place (the router lets a route end there),
 * and when a link of the path or the column's place has an access rule's daily closed hours
 * binding the vehicle ({@link TimedAccess}: the hierarchy's sums cannot wait).
 * Otherwise (several modes, a risk ceiling, observed times for the month) every cell is the router's, at
 * most {@link #MAX_ROUTER_CELLS}. The rules are {@link HierarchyFallback}'s, which single routes
 * ({@link HierarchyRoutes}) follow too.
 *
 * <p>The hierarchy is built on the first matrix (nested-dissection order and contraction, once per
 * graph); a customization per weighting is kept for the next matrices with the same one (the last
 * {@link #CACHED_CUSTOMIZATIONS}, within {@link #CACHED_BYTES} beyond the newest). Thread-safe: share
 * one engine per graph.
 */
public final class MatrixEngine {

    /** The most cells a matrix may have (100 × 100, say). */
    public static final int MAX_CELLS = 10_000;
    /** The most cells a matrix answered by the router alone (several modes, a risk ceiling) may have. */
    public static final int MAX_ROUTER_CELLS = 400;
    /** Customizations kept, least recently used dropped first. */
    static final int CACHED_CUSTOMIZATIONS = 4;
    /**
     * Bytes of customizations kept beyond the newest (about 100 bytes per hierarchy edge each: on a
     * graph of millions of segments only the last one stays).
     */
    static final long CACHED_BYTES = 256L << 20;
    /** Idle searches kept (each about 48 bytes a node). */
    private static final int IDLE_SEARCHES = 2;

    private static final ArcValue[] TOTALS = {ArcValue.DISTANCE_KM, ArcValue.HOURS, ArcValue.COST_USD,
            ArcValue.CO2_KG, ArcValue.CALENDAR_PLACES};

    private final RoutingGraph graph;
    private GraphHierarchy hierarchy;
    /** Customizations by weighting, least recently used first; trimmed to {@link #CACHED_CUSTOMIZATIONS} and {@link #CACHED_BYTES}. */
    private final LinkedHashMap<WeightingKey, Customized> customizations = new LinkedHashMap<>(8, 0.75f, true);
    /** Searches not in use, kept so that a matrix does not allocate its working memory (sized to the graph) anew. */
    private final ConcurrentLinkedQueue<ManyToMany> idleSearches = new ConcurrentLinkedQueue<>();

    public MatrixEngine(RoutingGraph graph) {
        this.graph = graph;
    }

    public RoutingGraph graph() {
        return graph;
    }

    /** The graph's hierarchy, built on first use (once). */
    public synchronized GraphHierarchy hierarchy() {
        if (hierarchy == null) {
            hierarchy = GraphHierarchy.build(graph);
        }
        return hierarchy;
    }

    /**
     * Why a query cannot be asked of the hierarchy, so that every cell is the router's; null when it
     * can ({@link HierarchyFallback#queryReason}).
     */
    public static String routerReason(RouteQuery query) {
        return HierarchyFallback.queryReason(query);
    }

    /**
     * The matrix from every place of {@code fromIds} to every place of {@code toIds} (ids of the
     * graph's places, repeats allowed), by {@code template}'s options and weights; its ends are not read.
     *
     * @param router the router of this graph for the cells the hierarchy does not answer (this thread's)
     * @throws InputException           when an id is not a place of the graph, or the matrix is larger than
     *                                  {@link #MAX_CELLS} (or {@link #MAX_ROUTER_CELLS} for the router alone)
     * @throws IllegalArgumentException when {@code router} is of another graph
     */
    public TravelMatrix compute(RouteQuery template, List<String> fromIds, List<String> toIds, Router router) {
        if (router.graph() != graph) {
            throw new IllegalArgumentException("the router belongs to another graph");
        }
        int[] sources = nodes(fromIds, "from");
        int[] targets = nodes(toIds, "to");
        long cells = (long) sources.length * targets.length;
        String reason = routerReason(template);
        if (cells > MAX_CELLS) {
            throw InputException.ofParameter("to", sources.length + " × " + targets.length + " = " + cells
                    + " cells; a matrix may have at most " + MAX_CELLS + " (limit cells = " + MAX_CELLS + ")");
        }
        if (reason != null && cells > MAX_ROUTER_CELLS) {
            throw InputException.ofParameter("modes", cells + " cells answered by the router one pair at a time ("
                    + reason + "); at most " + MAX_ROUTER_CELLS + " (limit router cells = " + MAX_ROUTER_CELLS
                    + "); ask one mode for up to " + MAX_CELLS);
        }
        List<Place> from = places(sources);
        List<Place> to = places(targets);
        if (reason != null) {
            List<List<MatrixCell>> rows = new ArrayList<>();
            for (int i = 0; i < sources.length; i++) {
                List<MatrixCell> row = new ArrayList<>();
                for (int j = 0; j < targets.length; j++) {
                    row.add(routed(router, template, i, j, from, to, "the router answers: " + reason));
                }
                rows.add(row);
            }
            return new TravelMatrix(from, to, rows, false, 0);
        }
        return onHierarchy(template, sources, targets, from, to, router);
    }

    private TravelMatrix onHierarchy(RouteQuery template, int[] sources, int[] targets, List<Place> from,
                                     List<Place> to, Router router) {
        ArcWeighting weighting = weighting(template);
        long t0 = System.nanoTime();
        Customized customized = customized(weighting, template);
        double customizationMs = customized.fresh ? (System.nanoTime() - t0) / 1e6 : 0;
        ManyToMany search = idleSearches.poll();
        search = search != null ? search : new ManyToMany(hierarchy().topology(), TOTALS.length);
        // a route to a junction may end at any copy of it (an approach a turn restriction binds): each
        // target's columns are the junction's node and its copies, and a cell takes the best of them
        int[] columnStart = new int[targets.length + 1];
        for (int j = 0; j < targets.length; j++) {
            columnStart[j + 1] = columnStart[j] + 1 + graph.copiesOf(targets[j]).length;
        }
        int[] columns = new int[columnStart[targets.length]];
        for (int j = 0; j < targets.length; j++) {
            columns[columnStart[j]] = targets[j];
            int[] copies = graph.copiesOf(targets[j]);
            System.arraycopy(copies, 0, columns, columnStart[j] + 1, copies.length);
        }
        ManyToMany.Result result = search.compute(customized.metric, sources, columns, customized.values);
        if (idleSearches.size() < IDLE_SEARCHES) {
            idleSearches.offer(search);
        }
        CchQuery query = null;
        TimedAccess timed = TimedAccess.of(graph, template.vehicle(), template.departure(), null);
        List<List<MatrixCell>> rows = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            List<MatrixCell> row = new ArrayList<>();
            for (int j = 0; j < targets.length; j++) {
                int s = sources[i];
                int t = targets[j];
                if (s == t) {
                    row.add(new MatrixCell(true, 0, 0, 0, 0, MatrixCell.Method.HIERARCHY, ""));
                    continue;
                }
                String barred = HierarchyFallback.barredEnd(graph, weighting, t);
                barred = barred != null ? barred
                        : HierarchyFallback.destinationStreetAtEnd(graph, template.vehicle().vehicleClass(), s, t);
                if (barred != null) {
                    row.add(routed(router, template, i, j, from, to, "the router answers: " + barred));
                    continue;
                }
                int column = columnStart[j];
                for (int k = columnStart[j] + 1; k < columnStart[j + 1]; k++) {
                    column = result.distance(i, k) < result.distance(i, column) ? k : column;
                }
                if (result.distance(i, column) == Double.POSITIVE_INFINITY) {
                    // every calendar open is the best case: no path then means none on any day
                    row.add(MatrixCell.unreachable(MatrixCell.Method.HIERARCHY, ""));
                    continue;
                }
                double[] totals = new double[TOTALS.length];
                for (int k = 0; k < TOTALS.length; k++) {
                    totals[k] = result.sum(k, i, column) - weighting.targetAdjustment(t, TOTALS[k]);
                }
                // closed hours in force while the hierarchy's path runs (its hours, without waiting) may make it wait
                TimedAccess inForce = timed.inForceWithin(totals[1]);
                String waits = HierarchyFallback.timedEnd(graph, inForce, t);
                boolean calendars = totals[4] > 0.5;
                int[] path = null;
                if (waits == null && (calendars || !inForce.noLinks())) {
                    // the path, unpacked once for both checks
                    query = query != null ? query : new CchQuery(customized.metric);
                    query.distance(s, columns[column]);
                    path = query.pathArcs();
                    waits = HierarchyFallback.timedOnPath(graph, inForce, path);
                }
                if (waits == null && calendars) {
                    waits = HierarchyFallback.closedOnPath(graph, weighting, s, path, template.departure());
                }
                if (waits != null) {
                    row.add(routed(router, template, i, j, from, to, "the router answers: " + waits));
                    continue;
                }
                row.add(new MatrixCell(true, totals[0], totals[1], totals[2], totals[3], MatrixCell.Method.HIERARCHY,
                        ""));
            }
            rows.add(row);
        }
        return new TravelMatrix(from, to, rows, true, customizationMs);
    }

    /** The router's cell for row i, column j. */
    private static MatrixCell routed(Router router, RouteQuery template, int i, int j, List<Place> from,
                                     List<Place> to, String note) {
        RouteResult result = router.route(template.withEnds(from.get(i).id(), to.get(j).id()));
        if (!result.found()) {
            return MatrixCell.unreachable(MatrixCell.Method.ROUTER, note + "; " + result.whyNone());
        }
        Route route = result.route();
        Totals t = route.totals();
        return new MatrixCell(true, t.distanceKm(), t.hours(), t.costUsd(), t.co2Kg(), MatrixCell.Method.ROUTER, note);
    }

    /** The weighting of {@code q}'s options, with its vehicle's access rules for the month of departure. */
    ArcWeighting weighting(RouteQuery q) {
        return weighting(q, graph.access(q.vehicle(), q.departure().getMonth()));
    }

    /**
     * The weighting of {@code q}'s options under {@code access}, which closes the arcs it blocks and no others
     * ({@link RoutingGraph#access} blocks the turn restrictions).
     *
     * @throws InputException when a place to avoid is not in the network
     */
    ArcWeighting weighting(RouteQuery q, VehicleAccess access) {
        Mode mode = q.modes().stream().filter(m -> m != Mode.TRANSFER).findFirst().orElseThrow();
        BitSet links = new BitSet();
        for (String id : q.avoidLinks()) {
            int link = graph.linkIndex(id);
            if (link >= 0) {
                links.set(link);
            }
        }
        BitSet nodes = new BitSet();
        for (String id : q.avoidPlaces()) {
            int node = graph.placeIndex(id);
            if (node < 0) {
                throw InputException.ofParameter("avoid", "no place with id '" + id + "' in the network");
            }
            nodes.set(node);
        }
        return ArcWeighting.ofAccess(graph, q.weights(), q.cargo().tonnes(), mode, q.vehicle().vehicleClass(), access,
                links, nodes);
    }

    /** What decides the arc weights and totals: equal keys give equal customizations. */
    private record WeightingKey(Weights weights, double tonnes, Mode mode, VehicleClass vehicleClass,
                                BitSet closedLinks, BitSet closedNodes, BitSet closedArcs) {
    }

    /** One weighting customized, with the sums of {@link #TOTALS} along every edge. */
    record Customized(CchMetric metric, EdgeValues[] values, boolean fresh) {

        long bytes() {
            long bytes = metric.arrayBytes();
            for (EdgeValues v : values) {
                bytes += v.arrayBytes();
            }
            return bytes;
        }
    }

    /** The customization of {@code weighting} (made from {@code q}'s options), kept for the next query with the same one. */
    Customized customized(ArcWeighting weighting, RouteQuery q) {
        WeightingKey key = new WeightingKey(q.weights(), q.cargo().tonnes(), weighting.mode(), q.vehicle().vehicleClass(),
                weighting.closedLinks(), weighting.closedNodes(), weighting.closedArcs());
        GraphHierarchy h = hierarchy();
        synchronized (customizations) {
            Customized kept = customizations.get(key);
            if (kept != null) {
                return new Customized(kept.metric, kept.values, false);
            }
        }
        CchMetric metric = h.customize(weighting.arcWeights());
        EdgeValues[] values = new EdgeValues[TOTALS.length];
        for (int k = 0; k < TOTALS.length; k++) {
            values[k] = EdgeValues.along(metric, weighting.arcValues(TOTALS[k]));
        }
        Customized made = new Customized(metric, values, true);
        synchronized (customizations) {
            customizations.put(key, made);
            trim();
        }
        return made;
    }

    /** Drops the least recently used customizations beyond the count or the bytes kept, never the newest. */
    private void trim() {
        long bytes = customizations.values().stream().mapToLong(Customized::bytes).sum();
        var eldest = customizations.entrySet().iterator();
        while (customizations.size() > 1 && (customizations.size() > CACHED_CUSTOMIZATIONS || bytes > CACHED_BYTES)) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    private int[] nodes(List<String> ids, String parameter) {
        if (ids.isEmpty()) {
            throw InputException.ofParameter(parameter, "no places given; give at least one");
        }
        int[] nodes = new int[ids.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = graph.placeIndex(ids.get(i));
            if (nodes[i] < 0) {
                throw InputException.ofParameter(parameter, "no place with id '" + ids.get(i) + "' in the network");
            }
        }
        return nodes;
    }

    private List<Place> places(int[] nodes) {
        List<Place> places = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            places.add(graph.place(node));
        }
        return places;
    }
}
