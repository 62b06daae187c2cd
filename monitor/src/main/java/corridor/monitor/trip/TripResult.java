package corridor.monitor.trip;

import java.util.List;

/**
 * What one trip of one vehicle amounted to.
 *
 * @param vehicleId             the vehicle
 * @param originId              the place the trip started at (the hub of the first stop, else the
 *                              nearest end of the first matched link)
 * @param destinationId         the place it ended at, likewise
 * @param departureEpochSecond  end of the dwell at the origin hub, or the first ping
 * @param arrivalEpochSecond    start of the dwell at the destination hub, or the last ping
 * @param movingSeconds         time moving between departure and arrival
 * @param distanceKm            distance along the matched links (straight line across unmatched gaps)
 * @param traversals            the links driven, in order
 * @param visits                the hubs stayed at, in order, including origin and destination
 */
public record TripResult(String vehicleId, String originId, String destinationId, long departureEpochSecond,
                         long arrivalEpochSecond, double movingSeconds, double distanceKm,
                         List<LinkTraversal> traversals, List<HubVisit> visits) {

    public TripResult {
        traversals = List.copyOf(traversals);
        visits = List.copyOf(visits);
    }

    /** Departure to arrival, seconds: moving time plus every delay on the way. */
    public long transitSeconds() {
        return arrivalEpochSecond - departureEpochSecond;
    }

    /** The section the trip covered, {@code origin>destination}. */
    public String sectionId() {
        return originId + ">" + destinationId;
    }
}
