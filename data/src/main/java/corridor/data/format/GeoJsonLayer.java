package corridor.data.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.data.load.Numbers;
import corridor.data.load.Problem;
import corridor.model.geo.GeoPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a GeoJSON {@code FeatureCollection} of a dataset into features, each with its properties
 * as a {@link Row} located at "feature N" (0-based), checking for unknown properties.
 */
public final class GeoJsonLayer {

    /** One feature: its properties and its geometry node ({@code null} for JSON null or absent). */
    public record Feature(Row row, JsonNode geometry) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private GeoJsonLayer() {
    }

    /**
     * The features of a GeoJSON file; every problem (JSON syntax, structure, unknown properties) is
     * added to {@code problems}, and the features' rows report theirs there too.
     */
    public static List<Feature> read(String file, String text, List<String> required, List<String> optional,
                              List<Problem> problems) {
        List<Feature> features = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            problems.add(Problem.error(file, line, "", "invalid JSON: " + e.getOriginalMessage()));
            return features;
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            problems.add(Problem.error(file, "", "type", "expected a GeoJSON FeatureCollection"));
            return features;
        }
        JsonNode array = root.get("features");
        if (array == null || !array.isArray()) {
            problems.add(Problem.error(file, "", "features", "expected an array of features"));
            return features;
        }
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < array.size(); i++) {
            JsonNode feature = array.get(i);
            String location = "feature " + i;
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
                problems.add(Problem.error(file, location, "type", "expected a GeoJSON Feature"));
                continue;
            }
            JsonNode properties = feature.get("properties");
            Map<String, JsonNode> values = new HashMap<>();
            if (properties != null && properties.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    values.put(entry.getKey(), entry.getValue());
                }
            } else if (properties != null && !properties.isNull()) {
                problems.add(Problem.error(file, location, "properties", "expected an object"));
                continue;
            }
            Row row = new Row(file, location, values, problems);
            for (String name : values.keySet().stream().sorted().toList()) {
                if (!known.contains(name)) {
                    row.error(name, "unknown property; expected one of " + String.join(", ", known));
                }
            }
            JsonNode geometry = feature.get("geometry");
            features.add(new Feature(row, geometry == null || geometry.isNull() ? null : geometry));
        }
        return features;
    }

    /** The type of a geometry node, or "" when it has none. */
    public static String type(JsonNode geometry) {
        return geometry == null ? "" : geometry.path("type").asText();
    }

    /** Reads a GeoJSON position [longitude, latitude]; null (with an error) when it is not one. */
    public static GeoPoint position(Row row, JsonNode node) {
        if (node == null || !node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            row.error("geometry", "expected a position [longitude, latitude], got " + node);
            return null;
        }
        double longitude = node.get(0).doubleValue();
        double latitude = node.get(1).doubleValue();
        if (!(latitude >= -90 && latitude <= 90)) {
            row.error("geometry", "latitude " + Numbers.format(latitude) + " is out of range -90 to 90");
            return null;
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            row.error("geometry", "longitude " + Numbers.format(longitude) + " is out of range -180 to 180");
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    /** Reads a list of positions; null (with an error) when any is bad. */
    public static List<GeoPoint> positions(Row row, JsonNode node) {
        if (node == null || !node.isArray()) {
            row.error("geometry", "expected an array of positions, got " + node);
            return null;
        }
        List<GeoPoint> points = new ArrayList<>();
        for (JsonNode position : node) {
            GeoPoint point = position(row, position);
            if (point == null) {
                return null;
            }
            points.add(point);
        }
        return points;
    }

    /** A Point geometry's position; null (with an error) when the geometry is of another type. */
    public static GeoPoint point(Row row, JsonNode geometry) {
        if (geometry == null) {
            row.error("geometry", "missing; expected a Point");
            return null;
        }
        if (!"Point".equals(type(geometry))) {
            row.error("geometry", "expected a Point, got " + describeType(geometry));
            return null;
        }
        return position(row, geometry.get("coordinates"));
    }

    /** The type of a geometry node for a message: its type, or "no type". */
    public static String describeType(JsonNode geometry) {
        String type = type(geometry);
        return type.isEmpty() ? "no type" : type;
    }
}
