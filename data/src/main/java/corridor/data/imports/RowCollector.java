package corridor.data.imports;

import corridor.model.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** Makes the record of one input row, or throws {@link BadRow}; null: the row is not imported. */
    @FunctionalInterface
    interface RecordReader<R> {
        NewRecord record(R row);
    }

    /**
     * Reads every row of a CSV import: each counted, then made a record by {@code reader} or rejected
     * with the reason it gave; the final count reported.
     */
    static RowCollector ofCsv(String file, String text, List<String> columns, ImportOptions options,
                              RecordReader<CsvInput.InputRow> reader) {
        RowCollector rows = new RowCollector(file, options);
        CsvInput.read(file, text, columns, row -> {
            rows.read();
            rows.addOrReject(row.location(), row::text, () -> reader.record(row));
        });
        rows.finish();
        return rows;
    }

    /** Counts a row read and reports progress. */
    void read() {
        rowsRead++;
        if (rowsRead % ImportOptions.PROGRESS_EVERY == 0) {
            options.progress().accept(rowsRead);
        }
    }

    /**
     * Adds the record {@code reader} makes (nothing when it makes null), or rejects the row at
     * {@code location} (its {@code text}, made only then) for the {@link BadRow} it throws.
     */
    void addOrReject(String location, Supplier<String> text, Supplier<NewRecord> reader) {
        try {
            NewRecord record = reader.get();
            if (record != null) {
                add(record);
            }
        } catch (BadRow bad) {
            reject(location, bad.column(), bad.reason(), text.get());
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

    /** What was read, as a batch for {@code layerFile} citing {@code source} (null: the records cite their own). */
    ImportBatch batch(ImportKind kind, String layerFile, Map<String, String> source, List<String> totals) {
        return new ImportBatch(kind, file, layerFile, records, rejected, source, rowsRead, totals);
    }
}
