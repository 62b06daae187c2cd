package corridor.data.load;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats numbers for messages: whole numbers without decimals, others to one decimal, or three significant digits below 1. */
public final class Numbers {

    private Numbers() {
    }

    /** The number as a message shows it: {@code 12}, {@code 12.5}, {@code 0.0123}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 1 ? decimal.setScale(1, RoundingMode.HALF_UP)
                : decimal.round(new MathContext(3, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
