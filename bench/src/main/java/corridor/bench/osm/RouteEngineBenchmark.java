package corridor.bench.osm;

import corridor.bench.routing.RouterBenchmark;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One route query answered from the hierarchy ({@link HierarchyRoutes}: a CCH query for the weighting,
 * its path unpacked and explained by the router into the same legs and totals) against the A* router
 * answering it ({@link Router#route}), fastest by road for 20 t in July. {@code islamabad}: 64 random
 * pairs of junctions the router connects ({@link JunctionPairs}, the extract imported as in
 * bench/README.md, from {@code CORRIDOR_BENCH_OSM}); {@code builtin}: 64 random pairs of the built-in
 * network's places connected by road (seed 7). The set-up prints the hierarchy's build and the
 * customization of the weighting (kept, as the server keeps it, so the benchmark measures the query)
 * and checks that every query's hierarchy answer has the router's totals, counting the fallbacks.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RouteEngineBenchmark extends RouterBenchmark {

    private static final int PAIRS = 64;

    @Param({"builtin", "islamabad"})
    public String network;

    private HierarchyRoutes routes;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = network.equals("builtin") ? BuiltInDataset.load() : OsmBenchData.dataset(network);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        router = new Router(graph);
        MatrixEngine engine = new MatrixEngine(graph);
        routes = new HierarchyRoutes(engine);
        if (network.equals("builtin")) {
            queries.addAll(builtInPairs(graph));
        } else {
            queries.addAll(JunctionPairs.connected(dataset, router, PAIRS, q -> q.withModes(Set.of(Mode.ROAD)),
                    (a, b, q) -> true));
        }
        long t0 = System.nanoTime();
        engine.hierarchy();
        long t1 = System.nanoTime();
        routes.route(queries.get(0), router);
        long t2 = System.nanoTime();
        int fallbacks = 0;
        for (RouteQuery q : queries) {
            RouteResult answer = routes.route(q, router);
            RouteResult expected = router.route(q);
            fallbacks += answer.engine() == RouteEngine.A_STAR ? 1 : 0;
            if (Math.abs(answer.route().totals().hours() - expected.route().totals().hours()) > 1e-7
                    * Math.max(1, expected.route().totals().hours())) {
                throw new IllegalStateException("the hierarchy and the router differ: " + q.fromId() + " to " + q.toId());
            }
        }
        System.out.printf(Locale.ROOT, "%n%s: %,d nodes; hierarchy (order + contraction) %.2f s; first route with the "
                        + "customization %.0f ms; %d of %d queries answered by the router%n", network,
                graph.placeCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e6, fallbacks, queries.size());
    }

    /** {@link #PAIRS} pairs of the built-in network's places that the router connects by road, fastest. */
    private List<RouteQuery> builtInPairs(RoutingGraph graph) {
        Random random = new Random(7);
        List<RouteQuery> pairs = new java.util.ArrayList<>();
        while (pairs.size() < PAIRS) {
            String a = graph.place(random.nextInt(graph.placeCount())).id();
            String b = graph.place(random.nextInt(graph.placeCount())).id();
            RouteQuery q = RouteQuery.of(a, b, OsmRoutingBenchmark.JULY, Cargo.tonnes(20))
                    .withObjective(Objective.TIME).withModes(Set.of(Mode.ROAD));
            if (!a.equals(b) && router.route(q).found()) {
                pairs.add(q);
            }
        }
        return pairs;
    }

    @Benchmark
    public RouteResult hierarchy() {
        return routes.route(queries.get(nextPair()), router);
    }

    @Benchmark
    public RouteResult aStar() {
        return router.route(queries.get(nextPair()));
    }
}
