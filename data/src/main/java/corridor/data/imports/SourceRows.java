package corridor.data.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** The row of sources.csv generated for an imported file. */
final class SourceRows {

    private SourceRows() {
    }

    /**
     * A source naming the dataset's publisher and, in its citation, the file (name and SHA-256 prefix)
     * and the day it was imported, so that every imported record resolves to the file it came from.
     * Its date is the day of the import, the date of the copy used: the dataset's own date
     * ({@code DatasetDate}) then covers the imported records, and an imported record later than
     * the import (a future event in the file) is refused.
     */
    static Map<String, String> generated(String id, String publisher, String title, String publisherType,
                                         String file, byte[] bytes, ImportOptions options) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("publisher", publisher);
        row.put("title", title);
        row.put("date", options.importDate().toString());
        row.put("url", "");
        row.put("citation", "file " + file + " (sha256 " + InputText.digest(bytes) + "), imported "
                + options.importDate() + " with corridor import");
        row.put("publisher_type", publisherType);
        return row;
    }
}
