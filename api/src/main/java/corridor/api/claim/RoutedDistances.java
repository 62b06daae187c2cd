package corridor.api.claim;

import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.NetworkDistances;
import corridor.evidence.check.NetworkRoute;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.routing.analysis.ShortestDistances;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim checker's distances between places ({@link NetworkDistances}) from the routing engine: the shortest
 * route by distance ({@link ShortestDistances}) on the links in service today ({@link NetworkFilter#EXISTING}, plus
 * the OSM roads when the dataset has them), for the router's default vehicle, the unspecified heavy truck, whose
 * year-round access rules apply (the Babusar road, closed to heavy vehicles, is not taken). The one place
 * {@code check-claim}, {@code check-article} and their API endpoints get their distances from. Thread-safe (the
 * routes found are kept in a concurrent map).
 */
public final class RoutedDistances implements NetworkDistances {

    private final ShortestDistances shortest;
    private final String network;
    /** The routes found, by from, to and mode. */
    private final Map<String, Optional<NetworkRoute>> routes = new ConcurrentHashMap<>();

    /** Distances on {@code graph} (built by the surface, or shared with its router). */
    public RoutedDistances(RoutingGraph graph) {
        this.shortest = new ShortestDistances(graph, null);
        this.network = graph.filter() == NetworkFilter.EXISTING ? "the links in service"
                : "the links in service and planned";
    }

    /** Distances on the links of {@code dataset} in service today. */
    public static RoutedDistances of(Dataset dataset) {
        return new RoutedDistances(RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.now(ZoneOffset.UTC))));
    }

    /** The claim checker of {@code check-claim} and {@code check-article}: with {@link #of} distances. */
    public static ClaimChecker checker(Dataset dataset) {
        return new ClaimChecker(dataset, of(dataset));
    }

    /**
     * {@inheritDoc} Each pair is routed once and kept: the claim reader only asks for places of the dataset, so there
     * are at most twice the square of their number, and an article naming the same pair many times (or a server
     * with OSM roads, where one search is dearer) pays for one search.
     */
    @Override
    public Optional<NetworkRoute> between(String fromPlaceId, String toPlaceId, Mode mode) {
        return routes.computeIfAbsent(fromPlaceId + "\n" + toPlaceId + "\n" + mode, k ->
                shortest.between(fromPlaceId, toPlaceId, mode).map(r -> new NetworkRoute(r.distanceKm(),
                        r.places().stream().map(Place::name).toList(), r.links().stream().map(Link::id).toList(),
                        basis(mode, r.roadSegments()))));
    }

    private String basis(Mode mode, int roadSegments) {
        String by = mode.name().toLowerCase(Locale.ROOT);
        return "shortest " + by + " route by distance on " + network
                + (roadSegments > 0 ? " and " + roadSegments + " OSM road segments" : "")
                + (mode == Mode.ROAD ? ", for the router's default vehicle (" + shortest.vehicle().name() + ", "
                + shortest.vehicle().vehicleClass().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "), kept off what access rules close to it all year" : "")
                + "; seasonal closures not applied";
    }
}
