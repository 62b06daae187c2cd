package corridor.spark;

import corridor.monitor.match.RoadNetwork;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.search.Router;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each JVM (driver or executor) builds once and shares between its tasks: the road network
 * of the monitoring engine and the routing graph of criticality. Both are read-only once built
 * and shared between threads; routers, which are not, are made per call. Thread-safe.
 */
final class JvmCache {

    private static final Map<String, RoadNetwork> NETWORKS = new ConcurrentHashMap<>();
    private static final Map<String, RoutingGraph> GRAPHS = new ConcurrentHashMap<>();

    private JvmCache() {
    }

    /** The monitoring road network of the dataset, with links within {@code candidateRadiusKm} as candidates. */
    static RoadNetwork network(DatasetSource source, double candidateRadiusKm) {
        return NETWORKS.computeIfAbsent(source.key() + "|" + candidateRadiusKm,
                k -> new RoadNetwork(source.dataset(), candidateRadiusKm));
    }

    /**
     * Starts building the monitoring road network of {@link #network} on a thread of its own, for a
     * run whose tasks will run in this JVM (a local master): the network is then built while Spark
     * starts, not by the first task while the others wait for it. A failure here is dropped: the
     * task that asks for the network builds it again and reports it.
     */
    static void buildNetworkMeanwhile(DatasetSource source, double candidateRadiusKm) {
        Thread thread = new Thread(() -> {
            try {
                network(source, candidateRadiusKm);
            } catch (RuntimeException e) {
                // reported by the task that needs the network (computeIfAbsent kept no value)
            }
        }, "corridor-network");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A new router (its working memory is the caller's alone: one per thread) over the routing
     * graph of the dataset as {@code corridor criticality} builds it, the graph built once per JVM.
     */
    static Router router(DatasetSource source, NetworkFilter filter, LocalDate departure, double tonnesPerTeu) {
        return new Router(GRAPHS.computeIfAbsent(source.key() + "|" + filter + "|" + departure + "|" + tonnesPerTeu,
                k -> RoutingGraph.build(source.dataset(), filter,
                        RoutingParameters.defaults(departure).withTonnesPerTeu(tonnesPerTeu))));
    }
}
