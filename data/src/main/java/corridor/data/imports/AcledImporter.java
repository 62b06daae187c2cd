package corridor.data.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an ACLED export (31 columns from {@code event_id_cnty} to {@code timestamp}) into incidents.
 *
 * <ul>
 *   <li>id {@code acled-} and the lower-case {@code event_id_cnty}; date from {@code event_date}, ISO
 *       ({@code 2024-03-26}) or as ACLED's older exports write it ({@code 26 March 2024});</li>
 *   <li>place from {@code location}, {@code admin2} and {@code admin1}; the point from
 *       {@code latitude} and {@code longitude}; a {@code geo_precision} above 1 (town or region,
 *       not the spot) makes the record approximate;</li>
 *   <li>killed from {@code fatalities}; injured stays unknown, as ACLED does not count them;</li>
 *   <li>target from {@code actor2}, or "civilians" for civilian targeting, else the sub-event type;</li>
 *   <li>claimed_by stays empty: ACLED's {@code actor1} is an attribution, not a claim, and goes
 *       to the note with the event type, ACLED's own {@code source} field and its notes.</li>
 * </ul>
 */
final class AcledImporter {

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "civilian_targeting", "country", "admin1", "admin2", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities");

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9]{1,40}");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AcledImporter() {
    }

    static ImportBatch read(String file, byte[] bytes, ImportOptions options) {
        String text = InputText.utf8(file, bytes);
        String sourceId = "import-acled-" + InputText.digest(bytes);
        RowCollector rows = RowCollector.ofCsv(file, text, COLUMNS, options, row -> record(row, sourceId, file));
        Map<String, String> source = SourceRows.generated(sourceId,
                "Armed Conflict Location & Event Data (ACLED)", "ACLED events, file " + file, "association", file,
                bytes, options);
        return rows.batch(ImportKind.ACLED, "incidents.geojson", source, List.of());
    }

    private static NewRecord record(CsvInput.InputRow row, String sourceId, String file) {
        String eventId = Fields.required(row, "event_id_cnty");
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw new BadRow("event_id_cnty", "invalid event id '" + Fields.shorten(eventId) + "'; expected letters "
                    + "and digits such as PAK12345");
        }
        LocalDate date = date(Fields.required(row, "event_date"));
        String location = Fields.oneLine(Fields.required(row, "location"));
        double latitude = coordinate(row, "latitude", 90);
        double longitude = coordinate(row, "longitude", 180);
        Long fatalities = Fields.whole("fatalities", row.get("fatalities"), 0, 100_000);
        Long precision = Fields.whole("geo_precision", row.get("geo_precision"), 1, 3);
        String id = "acled-" + eventId.toLowerCase(Locale.ROOT);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("date", date.toString());
        fields.put("place", place(row, location));
        if (fatalities != null) {
            fields.put("killed", fatalities);
        }
        fields.put("target", target(row));
        fields.put("source", sourceId);
        fields.put("confidence", precision != null && precision > 1 ? "approximate" : "reported");
        fields.put("note", note(row, file, precision));
        ObjectNode point = JsonNodeFactory.instance.objectNode();
        point.put("type", "Point");
        point.putArray("coordinates").add(longitude).add(latitude);
        return new NewRecord(id, fields, point, row.location(), row.text());
    }

    private static LocalDate date(String text) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : LocalDate.parse(text, LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRow("event_date", "invalid date '" + Fields.shorten(text) + "'; expected 2024-03-26 "
                    + "or 26 March 2024");
        }
    }

    private static double coordinate(CsvInput.InputRow row, String column, double limit) {
        Double value = Fields.number(column, Fields.required(row, column));
        if (value < -limit || value > limit) {
            throw new BadRow(column, Fields.plain(value) + " is out of range -" + (int) limit + " to " + (int) limit);
        }
        return value;
    }

    private static String place(CsvInput.InputRow row, String location) {
        StringBuilder place = new StringBuilder(location);
        for (String admin : List.of(row.get("admin2"), row.get("admin1"))) {
            if (!admin.isEmpty() && !admin.equalsIgnoreCase(location)) {
                place.append(", ").append(Fields.oneLine(admin));
            }
        }
        return place.toString();
    }

    private static String target(CsvInput.InputRow row) {
        String actor2 = Fields.oneLine(row.get("actor2"));
        if (!actor2.isEmpty()) {
            return actor2;
        }
        if (row.get("civilian_targeting").equalsIgnoreCase("Civilian targeting")) {
            return "civilians";
        }
        String sub = Fields.oneLine(row.get("sub_event_type"));
        return sub.isEmpty() ? "not reported" : "not named (" + sub + ")";
    }

    private static String note(CsvInput.InputRow row, String file, Long precision) {
        String notes = Fields.oneLine(row.get("notes"));
        return Fields.oneLine("ACLED event " + row.get("event_id_cnty") + " (" + file + " " + row.location() + "): "
                + row.get("event_type") + " / " + row.get("sub_event_type") + "; actor1 (attributed, not a claim): "
                + row.get("actor1") + (precision != null && precision > 1 ? "; geo_precision " + precision
                + ": located at a nearby town or the region" : "") + "; ACLED's sources: " + row.get("source")
                + (notes.isEmpty() ? "" : "; notes: " + (notes.length() > 300 ? notes.substring(0, 297) + "..." : notes)));
    }
}
