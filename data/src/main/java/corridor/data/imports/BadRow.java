package corridor.data.imports;

/** A problem with one input row, thrown while reading it and turned into a rejection or an input error. */
final class BadRow extends RuntimeException {

    private final String column;
    private final String reason;

    BadRow(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.reason = reason;
    }

    String column() {
        return column;
    }

    String reason() {
        return reason;
    }
}
