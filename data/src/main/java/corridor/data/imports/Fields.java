package corridor.data.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parsing of input values, each failure a {@link BadRow} naming the column. */
final class Fields {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Fields() {
    }

    static String required(CsvInput.InputRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new BadRow(column, "missing value");
        }
        return value;
    }

    /** A finite number, or null when the value is empty. */
    static Double number(String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String plain = value.replace(",", "");
        if (!NUMBER.matcher(plain).matches()) {
            throw new BadRow(column, "not a number: '" + shorten(value) + "'");
        }
        double number = Double.parseDouble(plain);
        if (!Double.isFinite(number)) {
            throw new BadRow(column, "not a finite number: '" + shorten(value) + "'");
        }
        return number;
    }

    /** A whole number within [min, max], or null when empty. */
    static Long whole(String column, String value, long min, long max) {
        Double number = number(column, value);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || number < min || number > max) {
            throw new BadRow(column, "expected a whole number from " + min + " to " + max + ", got '"
                    + shorten(value) + "'");
        }
        return number.longValue();
    }

    /** A number as dataset text: plain digits, no exponent. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Text cut to a length fit for a message. */
    static String shorten(String value) {
        String single = value.replaceAll("\\s+", " ");
        return single.length() <= 60 ? single : single.substring(0, 57) + "...";
    }

    /** Text fit for one dataset field: whitespace runs (line breaks included) become one space. */
    static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").trim();
    }
}
