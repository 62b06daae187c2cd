package corridor.data.imports;

import corridor.model.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the records of an import and handles bad rows: the first one stops the import with an
 * {@link InputException} naming file, location, column and reason, unless bad rows are skipped,
 * when it is kept as a {@link RejectedRow}. Also rejects a second record with an id already used.
 */
final class RowCollector {

    private final String file;
    private final ImportOptions options;
    private final List<NewRecord> records = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<String, String> idLocations = new HashMap<>();
    private long rowsRead;

    RowCollector(String file, ImportOptions options) {
        this.file = file;
        this.options = options;
    }

    /** Counts a row read and reports progress. */
    void read() {
        rowsRead++;
        if (rowsRead % ImportOptions.PROGRESS_EVERY == 0) {
            options.progress().accept(rowsRead);
        }
    }

    void add(NewRecord record) {
        String earlier = idLocations.putIfAbsent(record.id(), record.location());
        if (earlier != null) {
            reject(record.location(), "id", "duplicate record id '" + record.id() + "'; also at " + earlier, record.text());
            return;
        }
        records.add(record);
    }

    void reject(String location, String column, String reason, String text) {
        if (!options.skipBadRows()) {
            throw new InputException(file + " " + location, column, reason);
        }
        rejected.add(new RejectedRow(file, location, column, reason, text));
    }

    long rowsRead() {
        return rowsRead;
    }

    List<NewRecord> records() {
        return records;
    }

    List<RejectedRow> rejected() {
        return rejected;
    }

    /** Reports the final count. */
    void finish() {
        options.progress().accept(rowsRead);
    }
}
