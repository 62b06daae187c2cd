package corridor.bench.routing;

import corridor.bench.HeapUse;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;

import java.util.Locale;

/**
 * Heap per link of the routing graph on the generated 1,000,000-link network, two ways: the
 * graph's own accounting of its arrays, and the growth of the used heap (after full GCs) when the
 * graph is built from a dataset already in memory. Run:
 * {@code java -cp bench/target/benchmarks.jar corridor.bench.routing.RoutingMemory}.
 */
public final class RoutingMemory {

    private RoutingMemory() {
    }

    public static void main(String[] args) {
        Dataset dataset = GeneratedNetwork.grid(RoutingBenchmark.SIDE, 42);
        long before = HeapUse.afterGc();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(RoutingBenchmark.JULY));
        long after = HeapUse.afterGc();
        int links = graph.linkCount();
        System.out.printf(Locale.ROOT, "generated network: %,d places, %,d links%n", graph.placeCount(), links);
        System.out.printf(Locale.ROOT, "graph arrays: %,d bytes = %.1f bytes/link%n", graph.arrayBytes(),
                graph.arrayBytes() / (double) links);
        System.out.printf(Locale.ROOT, "heap growth building the graph (arrays + id maps): %,d bytes = %.1f bytes/link%n",
                after - before, (after - before) / (double) links);
        // Keep both alive until measured.
        System.out.println(dataset.links().size() == links ? "" : "filter dropped links");
    }
}
