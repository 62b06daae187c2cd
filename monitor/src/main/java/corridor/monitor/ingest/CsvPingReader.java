package corridor.monitor.ingest;

import corridor.model.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads GPS pings from CSV with a header row, streaming: one record at a time, any length.
 *
 * <p>Columns (order free, names case-insensitive): {@code vehicle_id} (or {@code vehicle}),
 * {@code timestamp} (or {@code time}; ISO-8601 with a zone), {@code latitude} (or {@code lat}),
 * {@code longitude} (or {@code lon}, {@code lng}); optional {@code speed_kmh} (or {@code speed})
 * and {@code heading} (degrees). An unknown column is an error, as in the dataset files: a typo
 * would otherwise lose data silently.
 */
public final class CsvPingReader {

    private static final Map<String, String> COLUMN_ALIASES = Map.ofEntries(
            Map.entry("vehicle_id", "vehicle"), Map.entry("vehicle", "vehicle"), Map.entry("vehicleid", "vehicle"),
            Map.entry("timestamp", "time"), Map.entry("time", "time"),
            Map.entry("latitude", "lat"), Map.entry("lat", "lat"),
            Map.entry("longitude", "lon"), Map.entry("lon", "lon"), Map.entry("lng", "lon"),
            Map.entry("speed_kmh", "speed"), Map.entry("speed", "speed"),
            Map.entry("heading", "heading"), Map.entry("heading_deg", "heading"));

    private CsvPingReader() {
    }

    /**
     * Reads every record of {@code in}, passing each to {@code sink} as accepted or rejected.
     *
     * @param in       the CSV text; not closed
     * @param where    the input's name for messages (file name or {@code stdin})
     * @param settings the thresholds ("now", clock skew)
     * @param sink     receives every ping, accepted or rejected
     * @throws InputException when the header is wrong or the text is not CSV at all (an unclosed quote)
     */
    public static void read(Reader in, String where, MonitorSettings settings, PingSink sink) {
        PingChecks checks = new PingChecks(settings, where);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(in).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(where + " line 1", "header", "cannot read the CSV header: " + e.getMessage());
        }
        int[] columns = columns(parser.getHeaderNames(), where);
        Map<String, String> vehicleIds = new HashMap<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new InputException(where + " line " + (parser.getCurrentLineNumber() + 1), "",
                        "not valid CSV, reading stopped here: " + e.getMessage());
            }
            readRecord(record, parser.getCurrentLineNumber(), columns, vehicleIds, checks, sink);
        }
    }

    private static void readRecord(CSVRecord record, long line, int[] columns, Map<String, String> vehicleIds,
                                   PingChecks checks, PingSink sink) {
        String where = checks.where();
        if (!record.isConsistent()) {
            sink.reject(new Rejection(where, line, "", RejectReason.UNPARSEABLE,
                    "expected " + record.getParser().getHeaderNames().size() + " fields, got " + record.size()));
            return;
        }
        readFields(record.get(columns[0]), record.get(columns[1]), record.get(columns[2]), record.get(columns[3]),
                columns[4] >= 0 ? record.get(columns[4]) : "", columns[5] >= 0 ? record.get(columns[5]) : "", line,
                vehicleIds, checks, sink);
    }

    /**
     * The rules of one record already split into its fields: empty vehicle, timestamp and number
     * parsing, then {@link PingChecks}. An absent optional field is the empty string.
     */
    static void readFields(String vehicle, String timestamp, String latitude, String longitude, String speedKmh,
                           String heading, long line, Map<String, String> vehicleIds, PingChecks checks, PingSink sink) {
        String where = checks.where();
        if (vehicle.isBlank()) {
            sink.reject(new Rejection(where, line, "", RejectReason.UNPARSEABLE, "vehicle_id is empty"));
            return;
        }
        vehicle = vehicleIds.computeIfAbsent(vehicle, v -> v);
        long epochSecond;
        double lat;
        double lon;
        double speed = Double.NaN;
        double headingDeg = Double.NaN;
        String field = "timestamp";
        try {
            epochSecond = Timestamps.parseEpochSecond(timestamp);
            field = "latitude";
            lat = number(latitude);
            field = "longitude";
            lon = number(longitude);
            field = "speed_kmh";
            if (!speedKmh.isEmpty()) {
                speed = number(speedKmh);
            }
            field = "heading";
            if (!heading.isEmpty()) {
                headingDeg = number(heading);
            }
        } catch (IllegalArgumentException e) {
            String detail = e instanceof NumberFormatException
                    ? field + " is not a number: " + e.getMessage() : field + ": " + e.getMessage();
            sink.reject(new Rejection(where, line, vehicle, RejectReason.UNPARSEABLE, detail));
            return;
        }
        checks.offer(vehicle, epochSecond, lat, lon, speed, headingDeg, line, sink);
    }

    private static double number(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            // NaN and Infinity parse in Java but are no coordinate; the range rules report them.
            return Double.NaN;
        }
        return value;
    }

    /**
     * The columns of a header by role, as {@link #read} maps them (the same names and aliases): the
     * indexes of vehicle, timestamp, latitude, longitude, speed and heading in {@code header}; -1 for
     * an absent optional column. For readers that split records themselves ({@link PingRows}).
     *
     * @throws InputException naming the column when one is unknown, given twice or missing
     */
    public static int[] columnRoles(List<String> header, String where) {
        return columns(header, where);
    }

    /** Indexes of vehicle, time, lat, lon, speed, heading in the header; -1 for an absent optional column. */
    private static int[] columns(List<String> header, String where) {
        int[] columns = {-1, -1, -1, -1, -1, -1};
        List<String> roles = List.of("vehicle", "time", "lat", "lon", "speed", "heading");
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            String role = COLUMN_ALIASES.get(name);
            if (role == null) {
                throw new InputException(where + " line 1", header.get(i),
                        "unknown column; expected vehicle_id, timestamp, latitude, longitude and optionally speed_kmh, heading");
            }
            int slot = roles.indexOf(role);
            if (columns[slot] >= 0) {
                throw new InputException(where + " line 1", header.get(i), "column given twice");
            }
            columns[slot] = i;
        }
        String[] required = {"vehicle_id", "timestamp", "latitude", "longitude"};
        for (int slot = 0; slot < 4; slot++) {
            if (columns[slot] < 0) {
                throw new InputException(where + " line 1", required[slot], "required column is missing");
            }
        }
        return columns;
    }
}
