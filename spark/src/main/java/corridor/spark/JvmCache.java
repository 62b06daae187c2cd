package corridor.spark;

import corridor.monitor.RoadNetwork;
import corridor.routing.NetworkFilter;
import corridor.routing.Router;
import corridor.routing.RoutingGraph;
import corridor.routing.RoutingParameters;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each JVM (driver or executor) builds once and shares between its tasks: the road network
 * of the monitoring engine and the routing graph of criticality. Both are read-only once built.
 * Thread-safe.
 */
final class JvmCache {

    private static final Map<String, RoadNetwork> NETWORKS = new ConcurrentHashMap<>();
    private static final Map<String, Router> ROUTERS = new ConcurrentHashMap<>();

    private JvmCache() {
    }

    /** The monitoring road network of the dataset, with links within {@code candidateRadiusKm} as candidates. */
    static RoadNetwork network(DatasetSource source, double candidateRadiusKm) {
        return NETWORKS.computeIfAbsent(source.key() + "|" + candidateRadiusKm,
                k -> new RoadNetwork(source.dataset(), candidateRadiusKm));
    }

    /** A router over the dataset's network as {@code corridor criticality} builds it. */
    static Router router(DatasetSource source, NetworkFilter filter, LocalDate departure, double tonnesPerTeu) {
        return ROUTERS.computeIfAbsent(source.key() + "|" + filter + "|" + departure + "|" + tonnesPerTeu,
                k -> new Router(RoutingGraph.build(source.dataset(), filter,
                        RoutingParameters.defaults(departure).withTonnesPerTeu(tonnesPerTeu))));
    }
}
