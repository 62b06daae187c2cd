package corridor.data.imports;

import java.util.List;

/**
 * Entry point of the importers: reads one input file of a {@link ImportKind} into an
 * {@link ImportBatch}, which {@link DatasetImport#apply} then writes into a dataset directory.
 *
 * <p>Reading never writes. A bad row stops it with a {@link corridor.model.InputException} naming
 * file, line (or feature), column and reason, unless {@link ImportOptions#skipBadRows()} is set, when
 * it is set aside as a {@link RejectedRow}. Broken files (not UTF-8, an unterminated quote, invalid
 * JSON, a header without the columns of the format) always stop it.
 */
public final class Importers {

    private Importers() {
    }

    /**
     * Reads {@code bytes}, the content of the file named {@code file}, as {@code kind}.
     *
     * @throws corridor.model.InputException for a broken file, or a bad row when bad rows are not skipped
     */
    public static ImportBatch read(ImportKind kind, String file, byte[] bytes, ImportOptions options) {
        return switch (kind) {
            case COMTRADE -> ComtradeImporter.read(file, bytes, options);
            case GCDF -> GcdfImporter.read(file, bytes, options);
            case ACLED -> AcledImporter.read(file, bytes, options);
            case GEOJSON -> GeoJsonImporter.read(file, bytes, options);
        };
    }

    /** Lines of totals over the records finally imported (AidData: only rows recommended for aggregates). */
    static List<String> totals(ImportKind kind, List<NewRecord> records) {
        return kind == ImportKind.GCDF ? GcdfImporter.totals(records) : List.of();
    }
}
