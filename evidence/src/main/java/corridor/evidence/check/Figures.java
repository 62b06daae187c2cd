package corridor.evidence.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures in words for explanations: "US$23.1 billion", "236,000 jobs", "11.1%". */
public final class Figures {

    private Figures() {
    }

    /** A value with its unit, as a reader would write it. */
    public static String format(double value, String unit) {
        return switch (unit) {
            case "USD" -> money(value);
            case "percent" -> plain(value, 2) + "%";
            case "jobs" -> grouped(value) + " jobs";
            case "count" -> grouped(value);
            default -> grouped(value) + " " + unit;
        };
    }

    /** US dollars, scaled to billions or millions above a million. */
    public static String money(double usd) {
        double magnitude = Math.abs(usd);
        if (magnitude >= 1e9) {
            return "US$" + plain(usd / 1e9, 3) + " billion";
        }
        if (magnitude >= 1e6) {
            return "US$" + plain(usd / 1e6, 3) + " million";
        }
        return "US$" + grouped(usd);
    }

    /**
     * A number with up to {@code decimals} decimals, trailing zeros removed. Figures read from text
     * are always finite; a value that is not (a sum that overflowed) is written "not a finite number"
     * rather than failing.
     */
    public static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_FINITE;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A number with thousands separators and up to three decimals; see {@link #plain} for values that are not finite. */
    public static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return NOT_FINITE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static final String NOT_FINITE = "not a finite number";
}
