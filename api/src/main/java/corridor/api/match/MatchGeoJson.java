package corridor.api.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.api.JsonValues;
import corridor.monitor.trace.TraceMatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A matched trace as one GeoJSON FeatureCollection: first the path ({@code kind: "path"}), a
 * LineString along the roads when the chain is unbroken, a MultiLineString of one line per chain
 * when it breaks, with the totals, the ways driven, the breaks and the points off the roads; then a
 * Point per input point ({@code kind: "point"}) at its snapped position (its input position when
 * unmatched). Keys snake_case. Stateless; thread-safe.
 */
public final class MatchGeoJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MatchGeoJson() {
    }

    /**
     * @param match       the matched trace
     * @param attribution the roads' licence notice, or {@code null}
     */
    public static ObjectNode of(TraceMatch match, String attribution) {
        List<ObjectNode> features = new ArrayList<>();
        if (!match.chains().isEmpty()) {
            features.add(path(match, attribution));
        }
        for (TraceMatch.PointMatch p : match.points()) {
            features.add(point(p));
        }
        return GeoJson.collection(features);
    }

    private static ObjectNode path(TraceMatch match, String attribution) {
        List<TraceMatch.Chain> chains = match.chains();
        ObjectNode geometry;
        if (chains.size() == 1) {
            geometry = GeoJson.geometry("LineString", line(chains.get(0).path()));
        } else {
            ArrayNode lines = JSON.arrayNode();
            chains.forEach(c -> lines.add(line(c.path())));
            geometry = GeoJson.geometry("MultiLineString", lines);
        }
        ObjectNode properties = JSON.objectNode();
        properties.put("kind", "path");
        summary(properties, match);
        if (attribution != null) {
            properties.put("attribution", attribution);
        }
        if (match.vehicle() != null) {
            properties.set("vehicle", JsonValues.object(new Vehicle(match.vehicle().vehicleId(),
                    match.vehicle().segmentsKeptOff())));
        }
        properties.set("ways", JsonValues.objects(match.ways().stream().map(w -> new Way(w.wayId(), w.name(), w.ref(),
                w.highwayClass(), round(w.km(), 3))).toList()));
        // a break's components are its keys (after_point, before_point, gap_km), its gap rounded here
        properties.set("breaks", JsonValues.objects(match.breaks().stream().map(b -> new TraceMatch.Break(
                b.afterPoint(), b.beforePoint(), round(b.gapKm(), 3))).toList()));
        properties.set("off_road", JsonValues.objects(match.offRoad().stream().map(o -> new OffRoad(o.firstPoint(),
                o.lastPoint(), o.lat(), o.lon(), o.outsideExtract(), MatchText.offRoad(o))).toList()));
        return GeoJson.feature(null, geometry, properties);
    }

    private record Vehicle(String id, int segmentsKeptOff) {
    }

    private record Way(long wayId, String name, String ref, String highway, double km) {
    }

    private record OffRoad(int firstPoint, int lastPoint, double lat, double lon, boolean outsideExtract,
                           String message) {
    }

    /** The totals every format gives. */
    static void summary(ObjectNode properties, TraceMatch match) {
        properties.put("length_km", round(match.lengthKm(), 3));
        properties.put("continuous", match.continuous());
        properties.put("points", match.points().size());
        properties.put("matched_points", match.points().stream().filter(TraceMatch.PointMatch::matched).count());
        properties.put("chains", match.chains().size());
        if (match.timed()) {
            properties.put("duration_s", match.durationS());
            if (match.speedKmh() == null) {
                properties.putNull("speed_kmh");
            } else {
                properties.put("speed_kmh", round(match.speedKmh(), 1));
            }
        }
    }

    private static ObjectNode point(TraceMatch.PointMatch p) {
        ObjectNode properties = JSON.objectNode();
        properties.put("kind", "point");
        properties.put("index", p.index());
        properties.put("lat", p.lat());
        properties.put("lon", p.lon());
        if (p.epochSecond() != null) {
            properties.put("time", Instant.ofEpochSecond(p.epochSecond()).toString());
        }
        properties.put("matched", p.matched());
        if (p.matched()) {
            properties.put("chain", p.chain());
            properties.put("distance_m", round(p.distanceM(), 1));
            properties.put("way_id", p.wayId());
            properties.put("km_from_previous", round(p.kmFromPrevious(), 4));
            if (p.speedKmh() != null) {
                properties.put("speed_kmh", round(p.speedKmh(), 1));
            }
        }
        ArrayNode position = p.matched() ? GeoJson.position(p.snappedLon(), p.snappedLat())
                : GeoJson.position(p.lon(), p.lat());
        return GeoJson.feature(null, GeoJson.geometry("Point", position), properties);
    }

    /** A path of {@code [lat, lon]} pairs as GeoJSON positions, to 7 decimals (about 1 cm). */
    private static ArrayNode line(List<double[]> path) {
        ArrayNode coordinates = JSON.arrayNode();
        for (double[] p : path) {
            coordinates.add(GeoJson.position(round(p[1], 7), round(p[0], 7)));
        }
        return coordinates;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
