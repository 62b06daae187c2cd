package corridor.bench.routing;

import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time (not wall-clock time) of a Pareto route on the generated 1,000,000-link network, for a
 * shared machine where other processes stretch wall-clock times. The same 16 pairs as
 * {@link RoutingBenchmark}; 5 rounds of warm-up, then the median over 5 measured rounds. Run:
 * {@code java -cp bench/target/benchmarks.jar corridor.bench.routing.ParetoCpuTime}.
 */
public final class ParetoCpuTime {

    private ParetoCpuTime() {
    }

    public static void main(String[] args) {
        Dataset dataset = GeneratedNetwork.grid(RoutingBenchmark.SIDE, 42);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(RoutingBenchmark.JULY));
        Router router = new Router(graph);
        // the 16 pairs of RoutingBenchmark on the generated network: seed 7, 150–400 km apart, with a route
        List<RouteQuery> queries = PlacePairs.connected(router, RoutingBenchmark.JULY, 7, 16, PlacePairs::corridorSized,
                (query, result) -> { });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            queries.forEach(router::pareto);
        }
        List<Double> cpuMs = new ArrayList<>();
        List<Double> wallMs = new ArrayList<>();
        int routes = 0;
        for (int round = 0; round < 5; round++) {
            for (RouteQuery query : queries) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                ParetoResult result = router.pareto(query);
                wallMs.add((System.nanoTime() - wall) / 1e6);
                cpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                routes += result.routes().size();
            }
        }
        System.out.printf(Locale.ROOT, "Pareto route, generated network (%,d links), %d queries: CPU time median %.1f ms, "
                        + "p90 %.1f ms; wall-clock median %.1f ms; %.1f routes per set%n", graph.linkCount(), cpuMs.size(),
                percentile(cpuMs, 0.5), percentile(cpuMs, 0.9), percentile(wallMs, 0.5), routes / (double) cpuMs.size());
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
