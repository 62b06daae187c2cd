package corridor.api.route;

import corridor.api.GeoJson;
import corridor.api.JsonValues;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.geo.Polyline;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;

import java.io.IOException;
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
        return JsonValues.tree(json -> write(json, routes));
    }

    /** {@link #features} written to {@code json}. */
    static void write(JsonGenerator json, List<Route> routes) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        for (int r = 0; r < routes.size(); r++) {
            List<Leg> legs = routes.get(r).legs();
            for (int i = 0; i < legs.size(); i++) {
                writeFeature(json, legs.get(i), r + 1, i + 1);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFeature(JsonGenerator json, Leg leg, int route, int index) throws IOException {
        boolean move = leg.kind() == Leg.Kind.MOVE;
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeFieldName("geometry");
        if (move) {
            // a link's line is the same in every answer that travels it the same way: kept as text where the
            // generator keeps values (the server's), keyed by the link's polyline
            Polyline drawn = leg.link().geometry();
            boolean reversed = leg.reversed();
            JsonValues.writeKept(json, drawn, reversed ? 1 : 0,
                    line -> GeoJson.writeLineString(line, (reversed ? drawn.reversed() : drawn).points()));
        } else {
            GeoJson.writePoint(json, leg.from().location());
        }
        json.writeObjectFieldStart("properties");
        json.writeNumberField("route", route);
        json.writeNumberField("leg", index);
        json.writeStringField("kind", JsonValues.lower(leg.kind()));
        json.writeStringField("name", move ? leg.link().name() : leg.description());
        if (move) {
            json.writeStringField("link", leg.link().id());
            json.writeStringField("mode", JsonValues.lower(leg.mode()));
            json.writeStringField("from", leg.from().id());
            json.writeStringField("to", leg.to().id());
        } else {
            json.writeStringField("place", leg.from().id());
        }
        RouteJson.writeTotalsFields(json, leg.totals());
        json.writeEndObject();
        json.writeEndObject();
    }
}
