package corridor.monitor.trip;

/**
 * A vehicle's stay at a hub with at least one stop.
 *
 * @param placeId          the hub
 * @param kind             border crossing, port or terminal
 * @param arrivalEpochSecond when the first stop at the hub began
 * @param dwellSeconds     from the start of the first stop to the end of the last stop at the hub
 */
public record HubVisit(String placeId, HubKind kind, long arrivalEpochSecond, long dwellSeconds) {
}
