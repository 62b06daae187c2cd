package corridor.data.imports;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record made from one input row, in the format of its dataset layer (DATASET.md): the columns
 * of a CSV layer, or the properties and geometry of a GeoJSON feature.
 *
 * @param id         the record's id
 * @param fields     column or property values: text or numbers; absent for unknown
 * @param geometry   the GeoJSON geometry; null for CSV layers and for features without a location
 * @param location   where in the input file it comes from ("line 5", "feature 2")
 * @param text       the input row as read, for a rejects file
 */
public record NewRecord(String id, Map<String, Object> fields, JsonNode geometry, String location, String text) {

    public NewRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
