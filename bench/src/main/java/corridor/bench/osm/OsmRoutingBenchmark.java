package corridor.bench.osm;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.util.Parameters;
import corridor.bench.routing.RouterBenchmark;
import corridor.model.Dataset;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
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
import java.util.concurrent.TimeUnit;

/**
 * Route queries on the same OSM extract: Corridor's router on the imported road layer (junction to
 * junction, fastest, with its full freight model: carried mode, border and hub rules, cost, CO2
 * and risk totals, explained legs) against GraphHopper's car profile on its own import of the same
 * PBF, in flexible mode (Dijkstra-like A* on the base graph), with landmarks (LM) and with
 * contraction hierarchies (CH). Each invocation routes the next of 64 fixed random pairs of
 * junctions that both engines connect.
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

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = OsmBenchData.dataset(extract);
        router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY)));
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
