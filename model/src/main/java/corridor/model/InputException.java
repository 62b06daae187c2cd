package corridor.model;

/**
 * Bad input from a user: a file, an API request or a command-line argument. It says where
 * (file and line or feature, or the request parameter) and why, so that the user can fix it.
 * Surfaces turn it into a non-zero exit or an HTTP 400; a stack trace is for bugs only.
 */
public final class InputException extends RuntimeException {

    private final String where;
    private final String field;
    private final String reason;

    /**
     * @param where  the file and position ({@code links.geojson feature 12}), or the parameter source
     * @param field  the field or parameter at fault, empty when the whole input is
     * @param reason what is wrong and, where possible, what would be right
     */
    public InputException(String where, String field, String reason) {
        super(format(where, field, reason));
        this.where = where;
        this.field = field == null ? "" : field;
        this.reason = reason;
    }

    /** An error about a command-line argument or request parameter. */
    public static InputException ofParameter(String parameter, String reason) {
        return new InputException("", parameter, reason);
    }

    private static String format(String where, String field, String reason) {
        StringBuilder text = new StringBuilder();
        if (where != null && !where.isBlank()) {
            text.append(where);
        }
        if (field != null && !field.isBlank()) {
            text.append(text.length() > 0 ? ", " : "").append(field);
        }
        return text.length() > 0 ? text + ": " + reason : reason;
    }

    public String where() {
        return where;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
