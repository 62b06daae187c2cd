package corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.GeoPoint;
import corridor.model.Polyline;
import corridor.routing.Closure;
import corridor.routing.Route;
import corridor.routing.RouteRenderer;
import corridor.routing.RouteResult;
import corridor.routing.Totals;

import java.util.Locale;

/**
 * Routes as the API returns them: the engine's JSON of a route (legs and totals), the names of
 * the places it passes, and its legs as GeoJSON with the links' real geometry.
 */
final class RouteJson {

    private RouteJson() {
    }

    /** A search result: the route, or why there is none, and the closures met. */
    static ObjectNode result(RouteResult result) {
        ObjectNode node = Json.object();
        node.put("found", result.found());
        if (result.found()) {
            node.set("route", route(result.route()));
        } else {
            node.put("why_none", result.whyNone());
        }
        ArrayNode closures = node.putArray("closures");
        for (Closure closure : result.closures()) {
            ObjectNode c = closures.addObject();
            c.put("place", closure.placeId());
            c.put("place_name", closure.placeName());
            c.put("date", closure.date().toString());
            c.put("reason", closure.reason());
            c.put("text", closure.describe());
        }
        return node;
    }

    static ObjectNode route(Route route) {
        ObjectNode node = RouteRenderer.routeNode(route);
        node.put("from_name", route.from().name());
        node.put("to_name", route.to().name());
        node.put("cargo", route.cargo().label());
        node.put("uses_assumptions", route.usesAssumptions());
        JsonNode legs = node.get("legs");
        for (int i = 0; i < route.legs().size(); i++) {
            corridor.routing.Leg leg = route.legs().get(i);
            ObjectNode l = (ObjectNode) legs.get(i);
            l.put("description", leg.description());
            l.put("from_name", leg.from().name());
            l.put("to_name", leg.to().name());
        }
        node.set("geojson", geoJson(route));
        return node;
    }

    /** The legs as features: moves as lines along their links, hub and border stops as points. */
    static ObjectNode geoJson(Route route) {
        ObjectNode collection = Json.object();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (int i = 0; i < route.legs().size(); i++) {
            corridor.routing.Leg leg = route.legs().get(i);
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            if (leg.kind() == corridor.routing.Leg.Kind.MOVE) {
                Polyline line = leg.reversed() ? leg.link().geometry().reversed() : leg.link().geometry();
                geometry.put("type", "LineString");
                ArrayNode coordinates = geometry.putArray("coordinates");
                line.points().forEach(p -> coordinates.add(position(p)));
            } else {
                geometry.put("type", "Point");
                geometry.set("coordinates", position(leg.from().location()));
            }
            ObjectNode properties = feature.putObject("properties");
            properties.put("leg", i + 1);
            properties.put("kind", leg.kind().name().toLowerCase(Locale.ROOT));
            properties.put("mode", leg.mode() == null ? null : leg.mode().name().toLowerCase(Locale.ROOT));
            properties.put("name", leg.kind() == corridor.routing.Leg.Kind.MOVE ? leg.link().name() : leg.description());
        }
        return collection;
    }

    static ObjectNode totals(Totals t) {
        ObjectNode node = Json.object();
        node.put("distance_km", t.distanceKm());
        node.put("hours", t.hours());
        node.put("cost_usd", t.costUsd());
        node.put("co2_kg", t.co2Kg());
        node.put("risk", t.risk());
        return node;
    }

    private static ArrayNode position(GeoPoint point) {
        ArrayNode position = Json.array();
        position.add(point.longitude());
        position.add(point.latitude());
        return position;
    }
}
