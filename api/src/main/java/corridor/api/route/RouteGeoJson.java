package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.Polyline;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;

import java.util.List;
import java.util.Locale;

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
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (int r = 0; r < routes.size(); r++) {
            List<Leg> legs = routes.get(r).legs();
            for (int i = 0; i < legs.size(); i++) {
                features.add(feature(legs.get(i), r + 1, i + 1));
            }
        }
        return collection;
    }

    private static ObjectNode feature(Leg leg, int route, int index) {
        ObjectNode feature = JsonNodeFactory.instance.objectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        if (leg.kind() == Leg.Kind.MOVE) {
            Polyline line = leg.reversed() ? leg.link().geometry().reversed() : leg.link().geometry();
            geometry.put("type", "LineString");
            ArrayNode coordinates = geometry.putArray("coordinates");
            line.points().forEach(p -> addPosition(coordinates.addArray(), p));
        } else {
            geometry.put("type", "Point");
            addPosition(geometry.putArray("coordinates"), leg.from().location());
        }
        ObjectNode properties = feature.putObject("properties");
        properties.put("route", route);
        properties.put("leg", index);
        properties.put("kind", leg.kind().name().toLowerCase(Locale.ROOT));
        properties.put("name", leg.kind() == Leg.Kind.MOVE ? leg.link().name() : leg.description());
        if (leg.kind() == Leg.Kind.MOVE) {
            properties.put("link", leg.link().id());
            properties.put("mode", leg.mode().name().toLowerCase(Locale.ROOT));
            properties.put("from", leg.from().id());
            properties.put("to", leg.to().id());
        } else {
            properties.put("place", leg.from().id());
        }
        properties.setAll(RouteJson.totals(leg.totals()));
        return feature;
    }

    private static void addPosition(ArrayNode position, GeoPoint point) {
        position.add(point.longitude());
        position.add(point.latitude());
    }
}
