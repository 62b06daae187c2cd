package corridor.osm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.model.geo.Polyline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the features of traced links in the text of a links.geojson whose features stand one
 * per line (as the dataset's files do): the geometry becomes the traced line, the note says where
 * it came from, the extract's source id joins the link's sources. Every other line is kept byte for
 * byte, so a trace changes only the lines of the links it traced.
 */
final class TracedLinksText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TracedLinksText() {
    }

    /**
     * @param geometries the traced line of each link to change, by link id
     * @param noteClause what the note says about the geometry now
     * @param sourceId   the extract's source id, added to each changed link's {@code source}
     * @throws InputException when a link is not on a line of its own (nothing can be changed safely then)
     */
    static String rewrite(String text, String fileName, Map<String, Polyline> geometries, String noteClause,
                          String sourceId) {
        String[] lines = text.split("\n", -1);
        Set<String> done = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String body = line.stripTrailing();
            boolean comma = body.endsWith(",");
            if (comma) {
                body = body.substring(0, body.length() - 1);
            }
            if (!body.startsWith("{") || !body.contains("\"Feature\"")) {
                continue;
            }
            JsonNode feature;
            try {
                feature = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                continue; // not a whole feature on this line
            }
            String id = feature.path("properties").path("id").asText("");
            Polyline traced = geometries.get(id);
            if (traced == null || !(feature instanceof ObjectNode object)) {
                continue;
            }
            ObjectNode properties = (ObjectNode) object.get("properties");
            properties.put("note", note(properties.path("note").asText(""), noteClause));
            String sources = properties.path("source").asText("");
            if (!List.of(sources.split(";")).contains(sourceId)) {
                properties.put("source", sources.isEmpty() ? sourceId : sources + ";" + sourceId);
            }
            ObjectNode geometry = object.putObject("geometry");
            geometry.put("type", "LineString");
            ArrayNode coordinates = geometry.putArray("coordinates");
            for (GeoPoint p : traced.points()) {
                coordinates.addArray().add(p.longitude()).add(p.latitude());
            }
            try {
                lines[i] = JSON.writeValueAsString(object) + (comma ? "," : "");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            done.add(id);
        }
        Set<String> missing = new HashSet<>(geometries.keySet());
        missing.removeAll(done);
        if (!missing.isEmpty()) {
            throw new InputException(fileName, "", "links " + new java.util.TreeSet<>(missing) + " are not on lines of "
                    + "their own (one feature a line is needed to change them); nothing was written");
        }
        return String.join("\n", lines);
    }

    /**
     * The note with its clauses ("; "-separated) about the old geometry taken out — a clause starting
     * with "geometry" (a trace made before too), and an "approximate (towns)" clause right after it — and {@code clause} added.
     */
    static String note(String note, String clause) {
        List<String> kept = new ArrayList<>();
        String[] parts = note.isBlank() ? new String[0] : note.split(";\\s*");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.toLowerCase(java.util.Locale.ROOT).startsWith("geometry")) {
                if (i + 1 < parts.length && parts[i + 1].trim().startsWith("approximate (")) {
                    i++;
                }
                continue;
            }
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        kept.add(clause);
        return String.join("; ", kept);
    }
}
