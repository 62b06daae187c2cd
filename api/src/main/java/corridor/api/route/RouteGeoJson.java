package corridor.api.route;

import corridor.api.GeoJson;
import corridor.api.JsonValues;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.geo.Polyline;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes as one GeoJSON FeatureCollection ({@code --format geojson}, and each route's {@code geojson}
 * in the API): a LineString per move with the link's real geometry, reversed when the link is
 * travelled backwards so that every line runs in the direction of travel, and a Point per hub or
 * border stop. Properties: {@code route} and {@code leg} (from 1), {@code kind}, {@code name},
 * {@code link}, {@code mode}, {@code from}, {@code to} (moves) or {@code place} (stops), and the leg's
 * totals. Stateless; thread-safe.
 */
public final class RouteGeoJson {

    private RouteGeoJson() {
    }

    /** The routes' legs as features, route by route. */
    public static ObjectNode features(List<Route> routes) {
        List<ObjectNode> features = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            List<Leg> legs = routes.get(r).legs();
            for (int i = 0; i < legs.size(); i++) {
                features.add(feature(legs.get(i), r + 1, i + 1));
            }
        }
        return GeoJson.collection(features);
    }

    private static ObjectNode feature(Leg leg, int route, int index) {
        boolean move = leg.kind() == Leg.Kind.MOVE;
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("route", route);
        properties.put("leg", index);
        properties.put("kind", JsonValues.lower(leg.kind()));
        properties.put("name", move ? leg.link().name() : leg.description());
        if (move) {
            properties.put("link", leg.link().id());
            properties.put("mode", JsonValues.lower(leg.mode()));
            properties.put("from", leg.from().id());
            properties.put("to", leg.to().id());
        } else {
            properties.put("place", leg.from().id());
        }
        properties.setAll(RouteJson.totals(leg.totals()));
        if (!move) {
            return GeoJson.feature(null, GeoJson.point(leg.from().location()), properties);
        }
        Polyline line = leg.reversed() ? leg.link().geometry().reversed() : leg.link().geometry();
        return GeoJson.feature(null, GeoJson.lineString(line.points()), properties);
    }
}
