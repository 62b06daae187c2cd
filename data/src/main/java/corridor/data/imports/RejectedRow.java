package corridor.data.imports;

/**
 * A row (or feature) of an input file that was not imported, and why.
 *
 * @param file     the input file's name
 * @param location "line N" for CSV (the header is line 1), "feature N" (0-based) for GeoJSON
 * @param column   the column or property at fault, empty when the whole row is
 * @param reason   what is wrong
 * @param text     the row as read, for the rejects file; empty when not available
 */
public record RejectedRow(String file, String location, String column, String reason, String text) {

    /** "FILE LOCATION, COLUMN: REASON", as in an input error. */
    public String message() {
        return file + " " + location + (column.isEmpty() ? "" : ", " + column) + ": " + reason;
    }
}
