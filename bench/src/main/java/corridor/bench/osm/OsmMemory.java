package corridor.bench.osm;

import com.graphhopper.GraphHopper;
import corridor.bench.HeapUse;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Memory per road segment of the routing graphs of {@link OsmRoutingBenchmark}: Corridor's graph
 * (its own arrays, the road layer's included, and the heap growth when building it from the
 * dataset) and GraphHopper's base graph (its storage's capacity, per edge). Run:
 * {@code CORRIDOR_BENCH_OSM=DIR java -cp bench/target/benchmarks.jar corridor.bench.osm.OsmMemory}.
 */
public final class OsmMemory {

    private OsmMemory() {
    }

    public static void main(String[] args) {
        for (String extract : new String[] {"islamabad", "andorra"}) {
            Dataset dataset = OsmBenchData.dataset(extract);
            long before = HeapUse.afterGc();
            RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                    RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
            long after = HeapUse.afterGc();
            int segments = graph.roadSegmentCount();
            long layer = dataset.roads().arrayBytes();
            System.out.printf(Locale.ROOT, "%s: %,d segments; Corridor graph arrays %,d bytes = %.1f bytes/segment "
                            + "(road layer %.1f of them); heap growth building it %.1f bytes/segment%n", extract, segments,
                    graph.arrayBytes(), graph.arrayBytes() / (double) segments, layer / (double) segments,
                    (after - before) / (double) segments);
            Path work = OsmBenchData.tempDir();
            GraphHopper hopper = OsmBenchData.graphHopper(extract, work);
            try {
                var base = hopper.getBaseGraph();
                System.out.printf(Locale.ROOT, "%s: GraphHopper base graph %,d edges, %,d nodes, capacity %,d bytes = "
                                + "%.1f bytes/edge (CH and LM preparations not counted)%n", extract, base.getEdges(),
                        base.getNodes(), base.getCapacity(), base.getCapacity() / (double) base.getEdges());
            } finally {
                hopper.close();
                OsmBenchData.delete(work);
            }
        }
    }
}
