package corridor.evidence.proximity;

/**
 * A place and its straight-line (great-circle) distance from something.
 *
 * @param placeId    the place's id
 * @param placeName  its name
 * @param distanceKm great-circle distance, in km
 */
public record PlaceDistance(String placeId, String placeName, double distanceKm) {
}
