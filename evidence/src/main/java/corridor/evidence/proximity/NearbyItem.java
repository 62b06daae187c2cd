package corridor.evidence.proximity;

import corridor.model.geo.GeoPoint;

import java.util.Optional;

/**
 * A record found near the corridor.
 *
 * @param layer           the layer it belongs to
 * @param id              its id
 * @param name            its name (an incident's place, as reported)
 * @param location        its representative point
 * @param distanceKm      shortest great-circle distance to the corridor (0 when a link crosses an area)
 * @param nearestLinkId   the link it is nearest to
 * @param nearestPort     for mineral areas, the nearest seaport; null otherwise or when there is none
 * @param nearestRailhead for mineral areas, the nearest railhead; null otherwise or when there is none
 */
public record NearbyItem(NearLayer layer, String id, String name, GeoPoint location, double distanceKm,
                         String nearestLinkId, PlaceDistance nearestPort, PlaceDistance nearestRailhead) {

    public Optional<PlaceDistance> port() {
        return Optional.ofNullable(nearestPort);
    }

    public Optional<PlaceDistance> railhead() {
        return Optional.ofNullable(nearestRailhead);
    }
}
