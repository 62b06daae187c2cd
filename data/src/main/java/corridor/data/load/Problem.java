package corridor.data.load;

/**
 * One thing wrong with a dataset, said precisely enough to fix it.
 *
 * @param severity error or warning
 * @param file     the file name ({@code places.geojson})
 * @param location "line 12" in a CSV file (the header is line 1), "feature 3" in a GeoJSON file
 *                 (0-based index into {@code features}), or empty when the whole file is at fault
 * @param field    the column or property at fault, empty when the whole record or file is
 * @param message  what is wrong and, where possible, what would be right
 * @param cause    empty for a problem of the record itself; for a knock-on problem (a reference to
 *                 a record that is left out for its own errors), where that record is
 *                 ({@code projects.geojson feature 3}): fixing it fixes this one
 */
public record Problem(Severity severity, String file, String location, String field, String message, String cause) {

    public Problem {
        location = location == null ? "" : location;
        field = field == null ? "" : field;
        cause = cause == null ? "" : cause;
    }

    /** A problem of the record itself (no cause elsewhere). */
    public Problem(Severity severity, String file, String location, String field, String message) {
        this(severity, file, location, field, message, "");
    }

    /** An error at a place in a file. */
    public static Problem error(String file, String location, String field, String message) {
        return new Problem(Severity.ERROR, file, location, field, message);
    }

    /** A warning at a place in a file. */
    public static Problem warning(String file, String location, String field, String message) {
        return new Problem(Severity.WARNING, file, location, field, message);
    }

    /** An error that follows from the record at {@code cause} (file and location), left out for its own errors. */
    public static Problem knockOn(String file, String location, String field, String message, String cause) {
        return new Problem(Severity.ERROR, file, location, field, message, cause);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether this problem follows from another record's errors ({@link #cause()}). */
    public boolean isKnockOn() {
        return !cause.isEmpty();
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
