package corridor.monitor.ingest;

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
import java.util.function.BiFunction;

/**
 * The CSV files that attach something to a vehicle's trip by time (cost records, cargo records):
 * {@code vehicle_id}, {@code timestamp} (ISO-8601 with a zone) and columns of their own. They are
 * few and all needed, so any bad record is an error naming its line and column.
 */
final class TripRecordCsv {

    /** One record being read: its fields and where it is, for messages. */
    record Fields(CSVRecord record, String at, List<String> header) {

        String vehicleId() {
            String vehicle = record.get("vehicle_id").trim();
            if (vehicle.isEmpty()) {
                throw new InputException(at, "vehicle_id", "is empty");
            }
            return vehicle;
        }

        long epochSecond() {
            try {
                return Timestamps.parseEpochSecond(record.get("timestamp").trim());
            } catch (IllegalArgumentException e) {
                throw new InputException(at, "timestamp", e.getMessage());
            }
        }

        /** A non-negative finite number in {@code column}. */
        double amount(String column) {
            double value;
            try {
                value = Double.parseDouble(record.get(column).trim());
            } catch (NumberFormatException e) {
                throw new InputException(at, column, "not a number: '" + record.get(column) + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw new InputException(at, column, "must be a non-negative amount, got " + value);
            }
            return value;
        }

        /** The trimmed text of an optional column; empty when the file has no such column. */
        String optional(String column) {
            return header.contains(column) ? record.get(column).trim() : "";
        }
    }

    private TripRecordCsv() {
    }

    /**
     * Every record of {@code in} (not closed), made by {@code parse}.
     *
     * @param required the columns every file needs, besides vehicle_id and timestamp
     * @param optional the columns it may have
     * @throws InputException naming the line and column of the first problem
     */
    static <T> List<T> read(Reader in, String where, List<String> required, List<String> optional,
                            BiFunction<Fields, String, T> parse) {
        List<String> needed = new ArrayList<>(List.of("vehicle_id", "timestamp"));
        needed.addAll(required);
        try {
            CSVParser parser = CSVParser.builder().setReader(in)
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
            List<String> header = parser.getHeaderNames();
            for (String name : header) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!needed.contains(lower) && !optional.contains(lower)) {
                    throw new InputException(where + " line 1", name, "unknown column; expected "
                            + String.join(", ", needed) + (optional.isEmpty() ? "" : " and optionally "
                            + String.join(", ", optional)));
                }
            }
            for (String column : needed) {
                if (!header.contains(column)) {
                    throw new InputException(where + " line 1", column, "required column is missing");
                }
            }
            List<T> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                String at = where + " line " + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new InputException(at, "", "wrong number of fields");
                }
                records.add(parse.apply(new Fields(record, at, header), at));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(where, "", "not valid CSV: " + e.getMessage());
        }
    }
}
