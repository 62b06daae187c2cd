package corridor.api.matrix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.api.JsonValues;
import corridor.api.PlaceRef;
import corridor.model.network.Place;
import corridor.routing.matrix.Isochrones;
import corridor.routing.route.RouteQuery;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.util.List;

/**
 * Isochrones as a GeoJSON FeatureCollection, the same for {@code corridor isochrone} and
 * {@code GET /api/isochrone}: one Feature per band, largest first (so that a map drawing them in order
 * leaves the nearer bands on top), its geometry a MultiPolygon (longitude, latitude; 5 decimals, about
 * 1 m; outer rings counterclockwise, as RFC 7946 asks), its properties {@code hours}, {@code origin}, {@code places_reached} ({@code id}, {@code name},
 * {@code hours}, soonest first) and {@code buffer_km}; the collection's own keys say {@code origin},
 * {@code departure}, {@code vehicle}, {@code modes} and {@code method} (how the polygons are drawn).
 * Stateless; thread-safe.
 */
public final class IsochroneGeoJson {

    /** How the polygons are made, in one sentence (the answer's {@code method}). */
    public static final String METHOD = "one search by hours to every place under the router's rules; the links "
            + "set off along before each band drawn as far as reached by then, buffered and merged (JTS), places "
            + "not reached in time cut out";

    private IsochroneGeoJson() {
    }

    /** The answer to an isochrone request. */
    public static ObjectNode answer(Place origin, RouteQuery query, List<Isochrones.Isochrone> bands, double bufferKm) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", "FeatureCollection");
        root.set("origin", JsonValues.object(PlaceRef.of(origin)));
        root.put("departure", query.departure().toString());
        root.put("vehicle", query.vehicle().id());
        root.set("modes", JsonValues.texts(MatrixRequest.modeNames(query)));
        root.put("method", METHOD);
        ArrayNode features = root.putArray("features");
        for (int b = bands.size() - 1; b >= 0; b--) {
            Isochrones.Isochrone band = bands.get(b);
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            properties.put("hours", band.hours());
            properties.put("origin", origin.id());
            properties.put("buffer_km", bufferKm);
            ArrayNode reached = properties.putArray("places_reached");
            for (Isochrones.ReachedPlace r : band.reached()) {
                reached.addObject().put("id", r.place().id()).put("name", r.place().name()).put("hours", r.hours());
            }
            features.add(GeoJson.feature(null, multiPolygon(band.area()), properties));
        }
        return root;
    }

    /** A polygon or several as a GeoJSON MultiPolygon (empty coordinates for an empty area). */
    static ObjectNode multiPolygon(Geometry area) {
        ArrayNode polygons = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Geometry part = area.getGeometryN(i);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                ArrayNode rings = polygons.addArray();
                rings.add(ring(polygon.getExteriorRing(), true));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(ring(polygon.getInteriorRingN(h), false));
                }
            }
        }
        return GeoJson.geometry("MultiPolygon", polygons);
    }

    /** A ring as RFC 7946 wants it: an outer one counterclockwise, a hole clockwise. */
    private static ArrayNode ring(LineString ring, boolean outer) {
        Coordinate[] coordinates = ring.getCoordinates();
        if (Orientation.isCCW(coordinates) != outer) {
            coordinates = ring.reverse().getCoordinates();
        }
        ArrayNode points = JsonNodeFactory.instance.arrayNode();
        for (Coordinate c : coordinates) {
            points.add(GeoJson.position(round(c.x), round(c.y)));
        }
        return points;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
