package corridor.routing.directions;

import corridor.model.geo.GeoPoint;

import java.util.List;

/**
 * One instruction of turn-by-turn directions: what to do where, and how far and how long the road
 * taken then goes before the next instruction. Immutable.
 *
 * @param maneuver       what to do
 * @param turn           how sharply the route turns where the step starts; {@code null} for a departure,
 *                       an arrival, a roundabout and a corridor link
 * @param turnDegrees    the change of bearing where the step starts, degrees, positive to the right; NaN
 *                       when {@code turn} is null
 * @param headingDegrees the bearing the step sets off on, degrees clockwise from north (0 to 360); NaN for
 *                       an arrival
 * @param name           the road's {@code name} (a corridor link's name for {@link Maneuver#FOLLOW}, the
 *                       destination's name for {@link Maneuver#ARRIVE}); empty when the road has none
 * @param ref            the road's {@code ref} ("N-5"); empty when it has none
 * @param roadClass      the OSM highway class of the road ("primary"); empty off the streets
 * @param linkId         the corridor link followed ({@link Maneuver#FOLLOW}), else empty
 * @param towards        the place a {@link Maneuver#FOLLOW} step leads to, else empty
 * @param exit           the roundabout exit taken, counting from 1; 0 when not a roundabout or when the
 *                       route ends inside it
 * @param staysOnRoad    whether the step goes on along the road of the step before (named alike)
 * @param wayIds         the OSM ways the step drives, in order, each once in a row; empty off the streets
 * @param at             where the step starts
 * @param distanceKm     the step's length, km (0 for an arrival)
 * @param hours          the step's driving time, hours (0 for an arrival)
 */
public record Step(Maneuver maneuver, Turn turn, double turnDegrees, double headingDegrees, String name, String ref,
                   String roadClass, String linkId, String towards, int exit, boolean staysOnRoad,
                   List<Long> wayIds, GeoPoint at, double distanceKm, double hours) {

    public Step {
        wayIds = List.copyOf(wayIds);
    }

    /** Whether the step drives OSM road segments (rather than a corridor link, or arriving). */
    public boolean onStreets() {
        return !wayIds.isEmpty();
    }
}
