package corridor.data.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends records to the text of a dataset file, keeping the existing text byte for byte where it
 * can: CSV rows go after the last line (the file is rewritten with a wider header only when a new
 * column is needed); GeoJSON features go, one per line, before the closing bracket of the
 * {@code features} array.
 */
final class LayerText {

    /** The new text and where each appended record landed ("line 12", "feature 40"). */
    record Appended(String text, List<String> locations) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NUMERIC = Set.of("cost_amount", "cost_year", "capacity_value", "jobs", "killed",
            "injured", "distance_km", "speed_kmh", "design_speed_kmh", "cost_usd_per_tonne_km", "co2_kg_per_tonne_km",
            "dwell_hours", "handling_cost_usd_per_tonne", "crossing_hours", "crossing_fee_usd_per_tonne");

    private LayerText() {
    }

    static Appended appendCsv(String original, List<Map<String, Object>> rows) {
        String text = original == null ? "" : original;
        List<String> header;
        List<CSVRecord> existing;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = new ArrayList<>(parser.getHeaderNames());
            existing = parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> columns = new LinkedHashSet<>(header);
        rows.forEach(r -> columns.addAll(r.keySet()));
        StringBuilder out = new StringBuilder();
        if (columns.size() == header.size() && !header.isEmpty()) {
            out.append(text);
            if (!text.endsWith("\n")) {
                out.append('\n');
            }
        } else {
            header = new ArrayList<>(columns);
            print(out, header);
            for (CSVRecord record : existing) {
                List<Object> values = new ArrayList<>();
                for (String column : header) {
                    values.add(record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
                }
                print(out, values);
            }
        }
        List<String> locations = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            locations.add("line " + (lines(out) + 1));
            List<Object> values = new ArrayList<>();
            for (String column : header) {
                values.add(text(row.get(column)));
            }
            print(out, values);
        }
        return new Appended(out.toString(), locations);
    }

    private static void print(StringBuilder out, List<?> values) {
        try {
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().printRecord(out, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(CharSequence text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof JsonNode node ? (node.isNull() ? "" : node.asText()) : value.toString();
    }

    static Appended appendGeoJson(String original, List<NewRecord> records) {
        String text = original == null || original.isBlank()
                ? "{\"type\": \"FeatureCollection\", \"features\": [\n]}\n" : original;
        int existing;
        int closing;
        try {
            existing = JSON.readTree(text).path("features").size();
            closing = closingBracketOfFeatures(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder inserted = new StringBuilder();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            boolean first = existing == 0 && i == 0;
            inserted.append(first ? "\n" : ",\n").append(feature(records.get(i)));
            locations.add("feature " + (existing + i));
        }
        // Put the new features after the last non-blank character before the bracket.
        int end = closing;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String result = text.substring(0, end) + inserted + "\n" + text.substring(closing);
        return new Appended(result, locations);
    }

    private static int closingBracketOfFeatures(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 1 && "features".equals(parser.currentName())) {
                    parser.nextToken();
                    parser.skipChildren();
                    return (int) parser.currentTokenLocation().getCharOffset();
                }
            }
        }
        throw new IOException("no features array");
    }

    private static String feature(NewRecord record) {
        ObjectNode feature = JsonNodeFactory.instance.objectNode();
        feature.put("type", "Feature");
        ObjectNode properties = feature.putObject("properties");
        record.fields().forEach((name, value) -> properties.set(name, node(name, value)));
        feature.set("geometry", record.geometry() == null ? JsonNodeFactory.instance.nullNode() : record.geometry());
        try {
            return JSON.writeValueAsString(feature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode node(String name, Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Long number) {
            return JsonNodeFactory.instance.numberNode(number);
        }
        String text = value.toString();
        if (NUMERIC.contains(name) && text.matches("-?\\d+(\\.\\d+)?")) {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(text));
        }
        return JsonNodeFactory.instance.textNode(text);
    }
}
