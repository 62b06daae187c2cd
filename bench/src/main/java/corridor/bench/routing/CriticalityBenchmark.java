package corridor.bench.routing;

import corridor.bench.SampledBenchmark;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Criticality over 100 random connected origin–destination pairs of the built-in network. */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CriticalityBenchmark extends SampledBenchmark {

    private Router router;
    private List<OdPair> pairs;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = BuiltInDataset.load();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(RoutingBenchmark.JULY));
        router = new Router(graph);
        pairs = PlacePairs.connected(router, RoutingBenchmark.JULY, 11, 100, km -> true, (query, result) -> { }).stream()
                .map(q -> new OdPair(q.fromId(), q.toId(), "")).toList();
    }

    @Benchmark
    public Criticality.Report criticality100Pairs() {
        return Criticality.rank(router, pairs, RouteQuery.of("kashgar", "gwadar", RoutingBenchmark.JULY, Cargo.tonnes(20)),
                Objective.TIME, null);
    }
}
