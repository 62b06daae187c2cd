package corridor.data.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param batch          what was read
 * @param imported       the records written
 * @param rejected       every row set aside: by the importer and, against the dataset, by the writer
 * @param totals         lines of totals over the imported records
 * @param directory      the dataset directory written into
 * @param createdDataset whether the directory had no dataset and got a copy of the built-in one first
 * @param sourceId       the id of the generated source row; empty when none was added
 * @param recovered      what was repaired first, for people: an import a crash interrupted after its commit
 *                       completed, staging directories of imports that died removed; empty when nothing
 */
public record ImportResult(ImportBatch batch, List<NewRecord> imported, List<RejectedRow> rejected,
                           List<String> totals, Path directory, boolean createdDataset, String sourceId,
                           List<String> recovered) {

    public ImportResult {
        imported = List.copyOf(imported);
        rejected = List.copyOf(rejected);
        totals = List.copyOf(totals);
        recovered = List.copyOf(recovered);
    }

    /** An import that had nothing to repair first. */
    public ImportResult(ImportBatch batch, List<NewRecord> imported, List<RejectedRow> rejected, List<String> totals,
                        Path directory, boolean createdDataset, String sourceId) {
        this(batch, imported, rejected, totals, directory, createdDataset, sourceId, List.of());
    }

    /** This result, saying what was repaired before it. */
    ImportResult withRecovered(List<String> repairs) {
        return new ImportResult(batch, imported, rejected, totals, directory, createdDataset, sourceId, repairs);
    }
}
