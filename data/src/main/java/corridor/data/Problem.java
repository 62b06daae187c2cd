package corridor.data;

/**
 * One thing wrong with a dataset, said precisely enough to fix it.
 *
 * @param severity error or warning
 * @param file     the file name ({@code places.geojson})
 * @param location "line 12" in a CSV file (the header is line 1), "feature 3" in a GeoJSON file
 *                 (0-based index into {@code features}), or empty when the whole file is at fault
 * @param field    the column or property at fault, empty when the whole record or file is
 * @param message  what is wrong and, where possible, what would be right
 */
public record Problem(Severity severity, String file, String location, String field, String message) {

    public Problem {
        location = location == null ? "" : location;
        field = field == null ? "" : field;
    }

    /** An error at a place in a file. */
    public static Problem error(String file, String location, String field, String message) {
        return new Problem(Severity.ERROR, file, location, field, message);
    }

    /** A warning at a place in a file. */
    public static Problem warning(String file, String location, String field, String message) {
        return new Problem(Severity.WARNING, file, location, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The file and location, such as {@code places.geojson feature 3}. */
    public String where() {
        return location.isEmpty() ? file : file + " " + location;
    }

    /** Renders "FILE LOCATION, FIELD: MESSAGE", leaving out the parts that are empty. */
    @Override
    public String toString() {
        return where() + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
