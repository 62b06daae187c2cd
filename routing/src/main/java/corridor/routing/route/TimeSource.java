package corridor.routing.route;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Where a leg's time comes from: the model (speeds, published dwell and crossing times, defaults),
 * or the median the corridor observed in the departure's month.
 *
 * @param kind      model without a monitoring state, model where the state observed nothing, or observed
 * @param count     trips observed (passes of a link, visits of a place); 0 unless observed
 * @param month     the month of the observations; null unless observed
 * @param simulated whether the observations come from simulated pings (the fleet simulator), not real trucks
 * @param why       for {@link Kind#UNOBSERVED}, why the model was used ("nothing observed in 2025-07"); else empty
 */
public record TimeSource(Kind kind, long count, YearMonth month, boolean simulated, String why) {

    /** What a leg's time rests on. */
    public enum Kind {
        /** The model, no monitoring state being given. */
        MODEL,
        /** The model, though a monitoring state was given: it holds nothing for this leg in the month. */
        UNOBSERVED,
        /** The observed median of the month. */
        OBSERVED
    }

    /** The model, without a monitoring state. */
    public static final TimeSource MODEL = new TimeSource(Kind.MODEL, 0, null, false, "");

    public TimeSource {
        why = why == null ? "" : why;
    }

    /** The model where a state observed nothing; {@code why} says why. */
    public static TimeSource unobserved(String why, boolean simulated) {
        return new TimeSource(Kind.UNOBSERVED, 0, null, simulated, why);
    }

    /** The observed median of {@code count} trips in {@code month}. */
    public static TimeSource observed(long count, YearMonth month, boolean simulated) {
        return new TimeSource(Kind.OBSERVED, count, month, simulated, "");
    }

    /** Whether the time is an observed (or simulated) median. */
    public boolean observed() {
        return kind == Kind.OBSERVED;
    }

    /** {@code observed} or {@code model}: the JSON's {@code time_source}. */
    public String label() {
        return observed() ? "observed" : "model";
    }

    /**
     * In words: "observed median, 12 trips, 2025-07", "simulated median, 12 trips, 2025-07
     * (simulated pings, not real trucks)", "model", "model (nothing observed in 2025-07)".
     */
    public String describe() {
        return switch (kind) {
            case MODEL -> "model";
            case UNOBSERVED -> why.isEmpty() ? "model" : "model (" + why + ")";
            case OBSERVED -> String.format(Locale.ROOT, "%s median, %d trip%s, %s%s", simulated ? "simulated" : "observed",
                    count, count == 1 ? "" : "s", month, simulated ? " (simulated pings, not real trucks)" : "");
        };
    }
}
