package corridor.bench.routing;

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
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Criticality over 100 random connected origin–destination pairs of the built-in network. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class CriticalityBenchmark {

    private Router router;
    private final List<OdPair> pairs = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = BuiltInDataset.load();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(RoutingBenchmark.JULY));
        router = new Router(graph);
        Random random = new Random(11);
        while (pairs.size() < 100) {
            var a = graph.places().get(random.nextInt(graph.placeCount()));
            var b = graph.places().get(random.nextInt(graph.placeCount()));
            if (!a.id().equals(b.id())
                    && router.route(RouteQuery.of(a.id(), b.id(), RoutingBenchmark.JULY, Cargo.tonnes(20))).found()) {
                pairs.add(new OdPair(a.id(), b.id(), ""));
            }
        }
    }

    @Benchmark
    public Criticality.Report criticality100Pairs() {
        return Criticality.rank(router, pairs, RouteQuery.of("kashgar", "gwadar", RoutingBenchmark.JULY, Cargo.tonnes(20)),
                Objective.TIME, null);
    }
}
