package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.routing.directions.Directions;
import corridor.routing.directions.DirectionsLeg;
import corridor.routing.directions.Step;

import java.util.List;

/**
 * Turn-by-turn directions as JSON, the {@code directions} of a route in {@code GET /api/route?...&directions=true}
 * and {@code corridor route --format json --directions}: {@code street_level}, the {@code note} when there
 * are no streets under the steps, the roads' {@code attribution}, and the corridor {@code legs}, each with
 * its {@code steps}. Keys are snake_case. Stateless; thread-safe.
 */
public final class DirectionsJson {

    private DirectionsJson() {
    }

    /** Sets {@code directions} on the route of a route answer ({@link RouteJson#answer}) that found one. */
    public static void addTo(ObjectNode answer, Directions directions) {
        ((ObjectNode) answer.get("route")).set("directions", of(directions));
    }

    /** The directions object. */
    public static ObjectNode of(Directions directions) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("street_level", directions.streetLevel());
        node.put("note", Instructions.note(directions));
        node.put("attribution", directions.attribution());
        ArrayNode legs = node.putArray("legs");
        for (DirectionsLeg leg : directions.legs()) {
            legs.add(leg(leg));
        }
        return node;
    }

    /**
     * A corridor leg: {@code kind} (move, hub or border), {@code from}/{@code to} with names,
     * {@code description}, {@code totals} and its {@code steps}.
     */
    private static ObjectNode leg(DirectionsLeg leg) {
        ObjectNode l = JsonNodeFactory.instance.objectNode();
        l.put("kind", JsonValues.lower(leg.kind()));
        RouteJson.putEnds(l, leg.from(), leg.to());
        l.put("description", leg.description());
        l.set("totals", RouteJson.totals(leg.totals()));
        l.set("steps", JsonValues.objects(leg.steps().stream().map(DirectionsJson::step).toList()));
        return l;
    }

    /**
     * A step: the English {@code instruction}, the {@code maneuver} (depart, continue, turn, keep_left,
     * keep_right, u_turn, roundabout, follow, arrive), the {@code turn} class and {@code turn_degrees}
     * (positive to the right; null where no turn is measured), {@code heading_degrees}, the road's
     * {@code name}, {@code ref} and OSM {@code road_class}, the corridor {@code link} a follow step takes and
     * the place it goes {@code towards}, the roundabout {@code exit} (null elsewhere), {@code stays_on_road},
     * the OSM {@code way_ids} driven, where it starts ({@code lat}, {@code lon}), {@code distance_km} and
     * {@code hours}.
     */
    private static StepJson step(Step step) {
        boolean turned = step.turn() != null;
        return new StepJson(Instructions.of(step), JsonValues.lower(step.maneuver()), JsonValues.lower(step.turn()),
                turned ? round(step.turnDegrees()) : null,
                Double.isNaN(step.headingDegrees()) ? null : round(step.headingDegrees()), step.name(), step.ref(),
                step.roadClass(), step.linkId(), step.towards(), step.exit() > 0 ? step.exit() : null,
                step.staysOnRoad(), step.wayIds(), step.at().latitude(), step.at().longitude(), step.distanceKm(),
                step.hours());
    }

    private record StepJson(String instruction, String maneuver, String turn, Double turnDegrees,
                            Double headingDegrees, String name, String ref, String roadClass, String link,
                            String towards, Integer exit, boolean staysOnRoad, List<Long> wayIds, double lat,
                            double lon, double distanceKm, double hours) {
    }

    /** Degrees to a tenth: bearings from OSM coordinates are no finer. */
    private static double round(double degrees) {
        return Math.round(degrees * 10) / 10.0;
    }
}
