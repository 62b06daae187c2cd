package corridor.bench.osm;

import corridor.bench.routing.RouterBenchmark;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.hierarchy.CchMetric;
import corridor.routing.hierarchy.CchQuery;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Customizable contraction hierarchies ({@code corridor.routing.hierarchy}) against today's A*
 * router on the same road graph: an OSM extract ({@code islamabad}, from {@code CORRIDOR_BENCH_OSM}
 * as {@link OsmRoutingBenchmark}) or a generated layer ({@code generated}: the
 * {@link GeneratedRoadsScale} grid of {@code side × side} junctions). The set-up prints the order,
 * contraction and customization (fastest, road only, 20 t) times and the hierarchy's bytes per
 * segment; each invocation answers the next of 64 fixed random junction pairs the router
 * connects: the hierarchy's distance and unpacked arcs, or the router's route (A* with its full
 * freight model and explained legs, as {@code corridor route} runs it).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CchBenchmark extends RouterBenchmark {

    private static final int PAIRS = 64;
    /** The load the weighting is customized for: that of the queries ({@link JunctionPairs}). */
    private static final double TONNES = 20;

    @Param({"islamabad", "generated"})
    public String extract;

    /** Junctions per side of the generated grid (700: about 980,000 segments). */
    @Param({"700"})
    public int side;

    private CchQuery cch;
    private final List<int[]> nodes = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = extract.equals("generated")
                ? new Dataset("generated", List.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), GeneratedRoadsScale.grid(side, 42))
                : OsmBenchData.dataset(extract);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        router = new Router(graph);
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);
        double[] weights = new ArcWeighting(graph, Objective.TIME.weights(), TONNES, corridor.model.network.Mode.ROAD, null, null)
                .arcWeights();
        long best = Long.MAX_VALUE;
        CchMetric metric = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            metric = hierarchy.customize(weights);
            best = Math.min(best, System.nanoTime() - t0);
        }
        cch = new CchQuery(metric);
        int segments = graph.roadSegmentCount();
        System.out.printf(Locale.ROOT, "%n%s: %,d segments, %,d nodes; order %.2f s, contraction %.2f s, customization "
                        + "%.3f s (best of 3); %,d hierarchy edges, elimination tree depth %,d; %.1f bytes/segment "
                        + "(topology %.1f + one customization %.1f)%n", extract, segments, graph.placeCount(),
                hierarchy.orderNanos() / 1e9, hierarchy.contractionNanos() / 1e9, best / 1e9,
                hierarchy.topology().edgeCount(), hierarchy.topology().eliminationTreeDepth(),
                (hierarchy.arrayBytes() + metric.arrayBytes()) / (double) segments,
                hierarchy.arrayBytes() / (double) segments, metric.arrayBytes() / (double) segments);
        queries.addAll(JunctionPairs.connected(dataset, router, PAIRS,
                q -> q.withModes(Set.of(corridor.model.network.Mode.ROAD)), (a, b, q) -> {
                    nodes.add(new int[] {graph.placeIndex(q.fromId()), graph.placeIndex(q.toId())});
                    return true;
                }));
    }

    @Benchmark
    public int[] cchQuery() {
        int[] st = nodes.get(nextPair());
        cch.distance(st[0], st[1]);
        return cch.pathArcs();
    }

    @Benchmark
    public RouteResult routerAStar() {
        return router.route(queries.get(nextPair()));
    }
}
