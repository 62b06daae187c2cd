package corridor.bench.osm;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.util.Parameters;
import corridor.bench.routing.RouterBenchmark;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixEngine;
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
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Route queries on the same OSM extract: Corridor's router on the imported road layer (junction to
 * junction, fastest, with its full freight model: carried mode, border and hub rules, cost, CO2
 * and risk totals, explained legs) against GraphHopper's car profile on its own import of the same
 * PBF, in flexible mode (Dijkstra-like A* on the base graph), with landmarks (LM) and with
 * contraction hierarchies (CH), and Corridor's route from its customizable contraction hierarchy
 * ({@link HierarchyRoutes}, as {@code GET /api/route} answers: a CCH query, the path unpacked and
 * explained by the router into the same legs and totals; by road, the customization kept as the
 * server keeps it). Each invocation routes the next of 64 fixed random pairs of junctions that both
 * engines connect. The set-up checks that the hierarchy's answers have the router's hours and prints
 * how many pairs the router answered instead (its fallbacks), so the two Corridor figures are the
 * same answers.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class OsmRoutingBenchmark extends RouterBenchmark {

    static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final int PAIRS = 64;

    @Param({"islamabad", "andorra"})
    public String extract;

    private GraphHopper hopper;
    private Path work;
    private final List<double[]> points = new ArrayList<>();
    private final List<RouteQuery> roadQueries = new ArrayList<>();
    private HierarchyRoutes hierarchyRoutes;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = OsmBenchData.dataset(extract);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        router = new Router(graph);
        work = OsmBenchData.tempDir();
        hopper = OsmBenchData.graphHopper(extract, work);
        RoadLayer roads = dataset.roads();
        queries.addAll(JunctionPairs.connected(dataset, router, PAIRS, q -> q, (a, b, q) -> {
            double[] p = {roads.junctionLat(a), roads.junctionLon(a), roads.junctionLat(b), roads.junctionLon(b)};
            if (gh(p, true, true).hasErrors()) {
                return false;
            }
            points.add(p);
            return true;
        }));
        hierarchyRoutes = new HierarchyRoutes(new MatrixEngine(graph));
        checkHierarchy();
    }

    /** The road-only queries the hierarchy answers, each checked against the router's hours. */
    private void checkHierarchy() {
        long start = System.nanoTime();
        int fallbacks = 0;
        for (RouteQuery q : queries) {
            RouteQuery road = q.withModes(Set.of(Mode.ROAD));
            RouteResult answer = hierarchyRoutes.route(road, router);
            RouteResult expected = router.route(road);
            fallbacks += answer.engine() == RouteEngine.A_STAR ? 1 : 0;
            double hours = expected.route().totals().hours();
            if (Math.abs(answer.route().totals().hours() - hours) > 1e-7 * Math.max(1, hours)) {
                throw new IllegalStateException("the hierarchy and the router differ: " + q.fromId() + " to " + q.toId());
            }
            roadQueries.add(road);
        }
        System.out.printf(Locale.ROOT, "%n%s: hierarchy built, customized and checked on %d pairs in %.2f s; %d answered by "
                + "the router instead%n", extract, roadQueries.size(), (System.nanoTime() - start) / 1e9, fallbacks);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hopper.close();
        OsmBenchData.delete(work);
    }

    private GHResponse gh(double[] p, boolean disableCh, boolean disableLm) {
        GHRequest request = new GHRequest(p[0], p[1], p[2], p[3]).setProfile("car");
        request.putHint(Parameters.CH.DISABLE, disableCh);
        request.putHint(Parameters.Landmark.DISABLE, disableLm);
        return hopper.route(request);
    }

    @Benchmark
    public RouteResult corridorRouter() {
        return router.route(queries.get(nextPair()));
    }

    @Benchmark
    public RouteResult corridorHierarchy() {
        return hierarchyRoutes.route(roadQueries.get(nextPair()), router);
    }

    @Benchmark
    public GHResponse graphHopperFlexible() {
        return gh(points.get(nextPair()), true, true);
    }

    @Benchmark
    public GHResponse graphHopperLandmarks() {
        return gh(points.get(nextPair()), true, false);
    }

    @Benchmark
    public GHResponse graphHopperCh() {
        return gh(points.get(nextPair()), false, true);
    }
}
