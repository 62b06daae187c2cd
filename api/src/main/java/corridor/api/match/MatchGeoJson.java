package corridor.api.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.monitor.trace.TraceMatch;

import java.time.Instant;
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
        ObjectNode collection = JSON.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        if (!match.chains().isEmpty()) {
            features.add(path(match, attribution));
        }
        for (TraceMatch.PointMatch p : match.points()) {
            features.add(point(p));
        }
        return collection;
    }

    private static ObjectNode path(TraceMatch match, String attribution) {
        ObjectNode feature = JSON.objectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        List<TraceMatch.Chain> chains = match.chains();
        if (chains.size() == 1) {
            geometry.put("type", "LineString");
            line(geometry.putArray("coordinates"), chains.get(0).path());
        } else {
            geometry.put("type", "MultiLineString");
            ArrayNode lines = geometry.putArray("coordinates");
            chains.forEach(c -> line(lines.addArray(), c.path()));
        }
        ObjectNode properties = feature.putObject("properties");
        properties.put("kind", "path");
        summary(properties, match);
        if (attribution != null) {
            properties.put("attribution", attribution);
        }
        if (match.vehicle() != null) {
            ObjectNode vehicle = properties.putObject("vehicle");
            vehicle.put("id", match.vehicle().vehicleId());
            vehicle.put("segments_kept_off", match.vehicle().segmentsKeptOff());
        }
        ArrayNode ways = properties.putArray("ways");
        for (TraceMatch.WayDriven w : match.ways()) {
            ObjectNode way = ways.addObject();
            way.put("way_id", w.wayId());
            way.put("name", w.name());
            way.put("ref", w.ref());
            way.put("highway", w.highwayClass());
            way.put("km", round(w.km(), 3));
        }
        ArrayNode breaks = properties.putArray("breaks");
        for (TraceMatch.Break b : match.breaks()) {
            ObjectNode node = breaks.addObject();
            node.put("after_point", b.afterPoint());
            node.put("before_point", b.beforePoint());
            node.put("gap_km", round(b.gapKm(), 3));
        }
        ArrayNode off = properties.putArray("off_road");
        for (TraceMatch.OffRoad o : match.offRoad()) {
            ObjectNode node = off.addObject();
            node.put("first_point", o.firstPoint());
            node.put("last_point", o.lastPoint());
            node.put("lat", o.lat());
            node.put("lon", o.lon());
            node.put("outside_extract", o.outsideExtract());
            node.put("message", MatchText.offRoad(o));
        }
        return feature;
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
        ObjectNode feature = JSON.objectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        ArrayNode position = geometry.putArray("coordinates");
        position.add(p.matched() ? p.snappedLon() : p.lon());
        position.add(p.matched() ? p.snappedLat() : p.lat());
        ObjectNode properties = feature.putObject("properties");
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
        return feature;
    }

    private static void line(ArrayNode coordinates, List<double[]> path) {
        for (double[] p : path) {
            ArrayNode position = coordinates.addArray();
            position.add(round(p[1], 7));
            position.add(round(p[0], 7));
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
