package corridor.cli.common;

import corridor.model.InputException;

import java.util.Locale;

/** Checks of options whose value costs time, memory or disk: each has a stated range, said in its help. */
public final class Limits {

    private Limits() {
    }

    /**
     * @param inclusiveMin whether {@code min} itself is allowed
     * @throws InputException naming the option when {@code value} is not a number in range
     */
    public static double within(String option, double value, double min, boolean inclusiveMin, double max, String unit) {
        boolean aboveMin = inclusiveMin ? value >= min : value > min;
        if (!(aboveMin && value <= max)) {
            throw InputException.ofParameter(option, String.format(Locale.ROOT, "%s is out of range: give %s %s to %s %s",
                    format(value), inclusiveMin ? "from" : "more than", format(min), format(max), unit));
        }
        return value;
    }

    /** As {@link #within(String, double, double, boolean, double, String)} for whole numbers, both ends allowed. */
    public static int within(String option, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw InputException.ofParameter(option, String.format(Locale.ROOT, "%d is out of range: give %d to %d %s",
                    value, min, max, unit));
        }
        return value;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
