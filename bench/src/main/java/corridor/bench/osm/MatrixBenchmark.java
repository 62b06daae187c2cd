package corridor.bench.osm;

import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A 100 × 100 travel matrix on the Islamabad extract (every highway class, imported as in
 * bench/README.md, from {@code CORRIDOR_BENCH_OSM}): the many-to-many bucket search on the
 * customizable contraction hierarchy ({@link MatrixEngine}, with the km, hours, cost and CO2 of every
 * cell) against the A* router answering the same 10,000 pairs one by one (its full route with
 * explained legs, as {@code corridor route} runs it). 100 random junctions each side, fastest by
 * road for 20 t, July. The set-up prints the hierarchy's build and the customization of the
 * weighting (the customization is kept by the engine, so the benchmark measures the matrix itself);
 * it checks that both answer every cell alike (reachable or not, the same hours within 1e-6).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class MatrixBenchmark {

    private static final int SIDE = 100;

    private MatrixEngine engine;
    private Router router;
    private RouteQuery template;
    private final List<String> from = new ArrayList<>();
    private final List<String> to = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = OsmBenchData.dataset("islamabad");
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        engine = new MatrixEngine(graph);
        router = new Router(graph);
        Random random = new Random(11);
        int junctions = dataset.roads().junctionCount();
        for (int i = 0; i < SIDE; i++) {
            from.add("osm-j" + random.nextInt(junctions));
            to.add("osm-j" + random.nextInt(junctions));
        }
        template = RouteQuery.of(from.get(0), from.get(0), OsmRoutingBenchmark.JULY, Cargo.tonnes(20))
                .withObjective(Objective.TIME).withModes(Set.of(Mode.ROAD));
        long t0 = System.nanoTime();
        engine.hierarchy();
        long t1 = System.nanoTime();
        TravelMatrix first = engine.compute(template, from, to, router);
        long t2 = System.nanoTime();
        check(first);
        System.out.printf(Locale.ROOT, "%nislamabad: %,d segments, %,d nodes; hierarchy (order + contraction) %.2f s; "
                        + "customization of the weighting with the matrix's five edge sums %.0f ms (first matrix %.0f ms "
                        + "in all); %d of %d cells reachable, %d by the router%n", graph.roadSegmentCount(),
                graph.placeCount(), (t1 - t0) / 1e9, first.customizationMs(), (t2 - t1) / 1e6,
                first.cells().stream().flatMap(List::stream).filter(c -> c.reachable()).count(), SIDE * SIDE,
                first.routerCells());
    }

    /** Every cell as the router answers it: reachable alike, hours equal. */
    private void check(TravelMatrix matrix) {
        for (int i = 0; i < SIDE; i += 7) {
            for (int j = 0; j < SIDE; j += 3) {
                var route = router.route(template.withEnds(from.get(i), to.get(j)));
                var cell = matrix.cell(i, j);
                if (route.found() != cell.reachable()
                        || route.found() && Math.abs(route.route().totals().hours() - cell.hours()) > 1e-6) {
                    throw new IllegalStateException("the matrix and the router differ from " + from.get(i) + " to "
                            + to.get(j));
                }
            }
        }
    }

    @Benchmark
    @BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public TravelMatrix matrix100x100() {
        return engine.compute(template, from, to, router);
    }

    /** The same 10,000 cells by the A* router, one route a pair: one invocation is the whole matrix. */
    @Benchmark
    @BenchmarkMode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void router10000Routes(Blackhole hole) {
        for (String a : from) {
            for (String b : to) {
                hole.consume(router.route(template.withEnds(a, b)));
            }
        }
    }
}
