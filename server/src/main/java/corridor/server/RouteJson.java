package corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.Closure;
import corridor.routing.Route;
import corridor.routing.RouteRenderer;
import corridor.routing.RouteResult;
import corridor.routing.Totals;

import java.util.List;

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
        return RouteRenderer.geoJsonNode(List.of(route));
    }

    static ObjectNode totals(Totals t) {
        return RouteRenderer.totalsNode(t);
    }
}
