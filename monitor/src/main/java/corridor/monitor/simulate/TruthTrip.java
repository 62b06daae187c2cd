package corridor.monitor.simulate;

import corridor.monitor.trip.HubKind;
import corridor.monitor.trip.HubVisit;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.TripResult;
import java.util.List;

/**
 * What the simulator made a truck do on one trip: the ground truth the engine's results are
 * tested against.
 *
 * @param vehicleId            the truck
 * @param originId             hub the trip started at
 * @param destinationId        hub it ended at
 * @param departureEpochSecond end of the dwell at the origin
 * @param arrivalEpochSecond   start of the dwell at the destination; -1 for a trip still under way when
 *                             the simulation ended (see {@link #finished()})
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

    /** Whether the trip ended before the simulation did; an unfinished one holds what happened up to its end. */
    public boolean finished() {
        return arrivalEpochSecond >= 0;
    }

    /**
     * What the engine would make of this trip with perfect pings: every link pass complete, every
     * hub stay a visit; an unfinished trip has no origin and destination (it feeds no trip section).
     */
    public TripResult asTripResult() {
        List<LinkTraversal> passes = links.stream().map(l -> new LinkTraversal(l.linkId(), l.entryEpochSecond(),
                l.exitEpochSecond(), l.movingSeconds(), l.stopSeconds(), l.distanceKm(), true)).toList();
        List<HubVisit> visits = dwells.stream().map(d -> new HubVisit(d.placeId(), d.kind(), d.startEpochSecond(),
                d.dwellSeconds())).toList();
        return finished() ? new TripResult(vehicleId, originId, destinationId, departureEpochSecond, arrivalEpochSecond,
                movingSeconds, distanceKm, passes, visits)
                : new TripResult(vehicleId, "", "", departureEpochSecond, departureEpochSecond, movingSeconds, distanceKm,
                passes, visits);
    }

    /** {@code origin>destination}, as the engine names sections. */
    public String sectionId() {
        return originId + ">" + destinationId;
    }
}
