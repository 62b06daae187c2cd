package corridor.data.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.model.InputException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a GeoJSON FeatureCollection whose features are records of one dataset layer, with the
 * properties DATASET.md gives for it (places, links, projects, incidents or minerals). The
 * features keep their own {@code source}s, which must be in the target dataset's sources.csv; the
 * note of each gets "imported from FILE feature N". Every rule of the layer is checked when the
 * import is written ({@link DatasetImport}), against the whole dataset.
 */
final class GeoJsonImporter {

    /** The layers a GeoJSON file can be imported into. */
    static final List<String> LAYERS = List.of("places.geojson", "links.geojson", "projects.geojson",
            "incidents.geojson", "minerals.geojson");

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private GeoJsonImporter() {
    }

    /** The layer file named by {@code layer}: "projects" or "projects.geojson". */
    static String layerFile(String layer) {
        if (layer == null || layer.isBlank()) {
            throw InputException.ofParameter("--layer", "say which layer the features are: one of "
                    + String.join(", ", LAYERS.stream().map(l -> l.replace(".geojson", "")).toList()));
        }
        String file = layer.endsWith(".geojson") ? layer : layer + ".geojson";
        if (!LAYERS.contains(file)) {
            throw InputException.ofParameter("--layer", "unknown layer '" + layer + "'; expected one of "
                    + String.join(", ", LAYERS.stream().map(l -> l.replace(".geojson", "")).toList()));
        }
        return file;
    }

    static ImportBatch read(String file, byte[] bytes, ImportOptions options) {
        String layerFile = layerFile(options.layer());
        String text = InputText.utf8(file, bytes);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InputException(file + line, "", "invalid JSON: " + Fields.shorten(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InputException(file, "type", "expected a GeoJSON FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new InputException(file, "features", "expected an array of features");
        }
        RowCollector rows = new RowCollector(file, options);
        for (int i = 0; i < features.size(); i++) {
            rows.read();
            JsonNode feature = features.get(i);
            String location = "feature " + i;
            rows.addOrReject(location, feature::toString, () -> record(feature, file, location));
        }
        rows.finish();
        return rows.batch(ImportKind.GEOJSON, layerFile, null, List.of());
    }

    private static NewRecord record(JsonNode feature, String file, String location) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw new BadRow("type", "expected a GeoJSON Feature");
        }
        JsonNode properties = feature.get("properties");
        if (properties == null || !properties.isObject()) {
            throw new BadRow("properties", "expected an object of properties");
        }
        JsonNode idNode = properties.get("id");
        if (idNode == null || !idNode.isTextual() || !ID.matcher(idNode.asText()).matches()) {
            throw new BadRow("id", "expected an id of lower-case letters, digits, '-' and '_', got "
                    + Fields.shorten(String.valueOf(idNode)));
        }
        if (properties.get("source") == null || properties.get("source").asText().isBlank()) {
            throw new BadRow("source", "missing: each feature must cite a source id of the target dataset");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            fields.put(entry.getKey(), entry.getValue());
        }
        String note = properties.path("note").isTextual() ? properties.get("note").asText() : "";
        fields.put("note", (note.isBlank() ? "" : note + "; ") + "imported from " + file + " " + location);
        JsonNode geometry = feature.get("geometry");
        return new NewRecord(idNode.asText(), fields, geometry == null || geometry.isNull() ? null : geometry,
                location, "");
    }
}
