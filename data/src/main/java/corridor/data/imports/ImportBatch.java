package corridor.data.imports;

import java.util.List;
import java.util.Map;

/**
 * What an importer read from one file, before it is written into a dataset.
 *
 * @param kind       the format
 * @param file       the input file's name
 * @param layerFile  the dataset file the records go to ({@code indicators.csv}, {@code projects.geojson})
 * @param records    the good records, in input order
 * @param rejected   rows set aside (only with skip-bad-rows)
 * @param source     the generated row of sources.csv that every record cites; null when the records
 *                   carry their own sources (GeoJSON)
 * @param rowsRead   data rows (or features) read
 * @param totals     lines to print about rows read but not turned into records ("12 rows for recipients
 *                   other than PAK left out")
 */
public record ImportBatch(ImportKind kind, String file, String layerFile, List<NewRecord> records,
                          List<RejectedRow> rejected, Map<String, String> source, long rowsRead, List<String> totals) {

    public ImportBatch {
        records = List.copyOf(records);
        rejected = List.copyOf(rejected);
        totals = List.copyOf(totals);
    }
}
