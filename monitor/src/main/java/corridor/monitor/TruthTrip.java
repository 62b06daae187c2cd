package corridor.monitor;

import java.util.List;

/**
 * What the simulator made a truck do on one trip: the ground truth the engine's results are
 * tested against.
 *
 * @param vehicleId            the truck
 * @param originId             hub the trip started at
 * @param destinationId        hub it ended at
 * @param departureEpochSecond end of the dwell at the origin
 * @param arrivalEpochSecond   start of the dwell at the destination
 * @param movingSeconds        time driving between departure and arrival
 * @param distanceKm           distance driven
 * @param links                each link driven, in order
 * @param dwells               each hub stay: origin, border crossings, destination
 * @param restStops            number of rest stops on the road
 */
public record TruthTrip(String vehicleId, String originId, String destinationId, long departureEpochSecond,
                        long arrivalEpochSecond, double movingSeconds, double distanceKm, List<Link> links,
                        List<Dwell> dwells, int restStops) {

    public TruthTrip {
        links = List.copyOf(links);
        dwells = List.copyOf(dwells);
    }

    /**
     * One link driven.
     *
     * @param linkId        the link
     * @param entryEpochSecond when the truck entered it
     * @param exitEpochSecond  when it left
     * @param movingSeconds driving time on it
     * @param stopSeconds   rest stops on it
     * @param distanceKm    its length as driven
     */
    public record Link(String linkId, long entryEpochSecond, long exitEpochSecond, double movingSeconds,
                       double stopSeconds, double distanceKm) {
    }

    /**
     * One stay at a hub.
     *
     * @param placeId          the hub
     * @param kind             border crossing, port or terminal
     * @param startEpochSecond when the truck stopped there
     * @param dwellSeconds     how long it stayed
     */
    public record Dwell(String placeId, HubKind kind, long startEpochSecond, long dwellSeconds) {
    }

    /** {@code origin>destination}, as the engine names sections. */
    public String sectionId() {
        return originId + ">" + destinationId;
    }
}
