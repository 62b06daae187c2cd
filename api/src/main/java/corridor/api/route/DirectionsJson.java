package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.directions.Directions;
import corridor.routing.directions.DirectionsLeg;
import corridor.routing.directions.Step;

import java.util.Locale;

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
        l.put("kind", leg.kind().name().toLowerCase(Locale.ROOT));
        l.put("from", leg.from().id());
        l.put("from_name", leg.from().name());
        l.put("to", leg.to().id());
        l.put("to_name", leg.to().name());
        l.put("description", leg.description());
        l.set("totals", RouteJson.totals(leg.totals()));
        ArrayNode steps = l.putArray("steps");
        leg.steps().forEach(step -> steps.add(step(step)));
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
    private static ObjectNode step(Step step) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("instruction", Instructions.of(step));
        s.put("maneuver", step.maneuver().name().toLowerCase(Locale.ROOT));
        if (step.turn() == null) {
            s.putNull("turn");
            s.putNull("turn_degrees");
        } else {
            s.put("turn", step.turn().name().toLowerCase(Locale.ROOT));
            s.put("turn_degrees", round(step.turnDegrees()));
        }
        if (Double.isNaN(step.headingDegrees())) {
            s.putNull("heading_degrees");
        } else {
            s.put("heading_degrees", round(step.headingDegrees()));
        }
        s.put("name", step.name());
        s.put("ref", step.ref());
        s.put("road_class", step.roadClass());
        s.put("link", step.linkId());
        s.put("towards", step.towards());
        if (step.exit() > 0) {
            s.put("exit", step.exit());
        } else {
            s.putNull("exit");
        }
        s.put("stays_on_road", step.staysOnRoad());
        ArrayNode ways = s.putArray("way_ids");
        step.wayIds().forEach(ways::add);
        s.put("lat", step.at().latitude());
        s.put("lon", step.at().longitude());
        s.put("distance_km", step.distanceKm());
        s.put("hours", step.hours());
        return s;
    }

    /** Degrees to a tenth: bearings from OSM coordinates are no finer. */
    private static double round(double degrees) {
        return Math.round(degrees * 10) / 10.0;
    }
}
