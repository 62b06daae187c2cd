package corridor.evidence.check;

import corridor.model.network.Mode;

import java.util.Optional;

/**
 * Distances between places on a transport network, for checking a claimed distance ("The Khunjerab–Islamabad road
 * is 870 km long"). The evidence engine does not route: a surface hands the checker an implementation backed by a
 * route finder (the routing engine's shortest route by distance). Implementations must be thread-safe, as one
 * checker serves many requests.
 */
@FunctionalInterface
public interface NetworkDistances {

    /** No network: every distance between places stays unverifiable. */
    NetworkDistances NONE = (from, to, mode) -> Optional.empty();

    /**
     * The shortest route by {@code mode} between two places of the dataset.
     *
     * @param fromPlaceId a place id of the dataset
     * @param toPlaceId   another place id of the dataset
     * @param mode        {@link Mode#ROAD} or {@link Mode#RAIL}
     * @return the route, or empty when the network has none by that mode (or does not know either place)
     */
    Optional<NetworkRoute> between(String fromPlaceId, String toPlaceId, Mode mode);
}
