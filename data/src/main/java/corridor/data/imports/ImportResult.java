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
 */
public record ImportResult(ImportBatch batch, List<NewRecord> imported, List<RejectedRow> rejected,
                           List<String> totals, Path directory, boolean createdDataset, String sourceId) {

    public ImportResult {
        imported = List.copyOf(imported);
        rejected = List.copyOf(rejected);
        totals = List.copyOf(totals);
    }
}
