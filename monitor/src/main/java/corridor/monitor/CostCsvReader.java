package corridor.monitor;

import corridor.model.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads cost records: CSV with {@code vehicle_id}, {@code timestamp} (ISO-8601 with a zone),
 * {@code cost_usd} and optionally {@code place}. Cost records are few and all needed, so any
 * bad record is an error naming its line.
 */
public final class CostCsvReader {

    private static final Set<String> COLUMNS = Set.of("vehicle_id", "timestamp", "cost_usd", "place");

    private CostCsvReader() {
    }

    /** All records of {@code in} (not closed). */
    public static List<CostRecord> read(Reader in, String where) {
        try {
            CSVParser parser = CSVParser.builder().setReader(in)
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
            for (String name : parser.getHeaderNames()) {
                if (!COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                    throw new InputException(where + " line 1", name,
                            "unknown column; expected vehicle_id, timestamp, cost_usd and optionally place");
                }
            }
            for (String required : List.of("vehicle_id", "timestamp", "cost_usd")) {
                if (!parser.getHeaderNames().contains(required)) {
                    throw new InputException(where + " line 1", required, "required column is missing");
                }
            }
            boolean hasPlace = parser.getHeaderNames().contains("place");
            List<CostRecord> costs = new ArrayList<>();
            for (CSVRecord record : parser) {
                String at = where + " line " + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new InputException(at, "", "wrong number of fields");
                }
                costs.add(record(record, at, hasPlace));
            }
            return costs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(where, "", "not valid CSV: " + e.getMessage());
        }
    }

    private static CostRecord record(CSVRecord record, String at, boolean hasPlace) {
        String vehicle = record.get("vehicle_id").trim();
        if (vehicle.isEmpty()) {
            throw new InputException(at, "vehicle_id", "is empty");
        }
        long epochSecond;
        try {
            epochSecond = Timestamps.parseEpochSecond(record.get("timestamp").trim());
        } catch (IllegalArgumentException e) {
            throw new InputException(at, "timestamp", e.getMessage());
        }
        double usd;
        try {
            usd = Double.parseDouble(record.get("cost_usd").trim());
        } catch (NumberFormatException e) {
            throw new InputException(at, "cost_usd", "not a number: '" + record.get("cost_usd") + "'");
        }
        if (!Double.isFinite(usd) || usd < 0) {
            throw new InputException(at, "cost_usd", "must be a non-negative amount, got " + usd);
        }
        return new CostRecord(vehicle, epochSecond, usd, hasPlace ? record.get("place").trim() : "");
    }
}
