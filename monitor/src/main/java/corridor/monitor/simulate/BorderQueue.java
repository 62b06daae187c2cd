package corridor.monitor.simulate;

import corridor.model.network.OpeningCalendar;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * The fleet simulator's model of a border crossing's queue by time of day and day of the week.
 * A model with documented parameters, not published facts (monitor/INDICATORS.md, "The simulator
 * against CPMM"):
 *
 * <ul>
 *   <li>the gate clears trucks from {@link #GATE_OPENS_HOUR} to {@link #GATE_CLOSES_HOUR} local time
 *       ({@link #UTC_OFFSET_HOURS}, Pakistan Standard Time) on the days the crossing's calendar opens it; a
 *       truck arriving at night, or on a day the calendar closes the crossing (a closed weekday, a
 *       closed season), waits for the next opening ({@link OpeningCalendar#nextOpenDay});</li>
 *   <li>the time to clear, once the gate is open, is the crossing's typical time times a queue factor
 *       that falls over the working day, from {@link #QUEUE_AT_OPENING} at opening (the night's backlog)
 *       to {@link #QUEUE_AT_CLOSING} at closing (1 on average over the day), times
 *       {@link #AFTER_CLOSED_DAY_FACTOR} on the first open day after a closed one (the closed days' backlog).</li>
 * </ul>
 *
 * <p>Pure functions of their arguments; thread-safe.
 */
final class BorderQueue {

    /** Local time of the crossing: Pakistan Standard Time, UTC+5 (a simplification for the Chinese side too). */
    static final int UTC_OFFSET_HOURS = 5;
    /** The gate opens, local hour (a model parameter). */
    static final int GATE_OPENS_HOUR = 8;
    /** The gate closes, local hour (a model parameter). */
    static final int GATE_CLOSES_HOUR = 18;
    /** Queue factor for a truck cleared when the gate opens (a model parameter). */
    static final double QUEUE_AT_OPENING = 1.5;
    /** Queue factor for a truck cleared when the gate closes (a model parameter). */
    static final double QUEUE_AT_CLOSING = 0.5;
    /** Queue factor on the first open day after a closed day (a model parameter). */
    static final double AFTER_CLOSED_DAY_FACTOR = 1.5;
    /** The longest a truck looks ahead for an open day, days: beyond it the crossing counts as closed. */
    static final int MAX_WAIT_DAYS = 366;

    private static final long OFFSET_SECONDS = UTC_OFFSET_HOURS * 3600L;

    private BorderQueue() {
    }

    /**
     * When the gate starts clearing a truck arriving at {@code arrivalEpochSecond}: the arrival itself
     * if the calendar opens the crossing that day and the gate is open, else the next opening on an
     * open day; empty when the calendar keeps the crossing closed for more than {@link #MAX_WAIT_DAYS}.
     */
    static OptionalLong clearingStarts(OpeningCalendar calendar, long arrivalEpochSecond) {
        long local = arrivalEpochSecond + OFFSET_SECONDS;
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86400L));
        long secondOfDay = Math.floorMod(local, 86400L);
        if (calendar.isOpen(day) && secondOfDay >= GATE_OPENS_HOUR * 3600L && secondOfDay < GATE_CLOSES_HOUR * 3600L) {
            return OptionalLong.of(arrivalEpochSecond);
        }
        LocalDate from = secondOfDay < GATE_OPENS_HOUR * 3600L ? day : day.plusDays(1);
        return calendar.nextOpenDay(from, MAX_WAIT_DAYS)
                .map(open -> OptionalLong.of(open.toEpochDay() * 86400L + GATE_OPENS_HOUR * 3600L - OFFSET_SECONDS))
                .orElse(OptionalLong.empty());
    }

    /**
     * The queue factor for a truck whose clearing starts at {@code startEpochSecond} (a moment the gate
     * is open, as {@link #clearingStarts} gives): the crossing's typical time is multiplied by it.
     */
    static double queueFactor(OpeningCalendar calendar, long startEpochSecond) {
        long local = startEpochSecond + OFFSET_SECONDS;
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86400L));
        double hour = Math.floorMod(local, 86400L) / 3600.0;
        double share = Math.max(0, Math.min(1, (hour - GATE_OPENS_HOUR) / (GATE_CLOSES_HOUR - GATE_OPENS_HOUR)));
        double factor = QUEUE_AT_OPENING + (QUEUE_AT_CLOSING - QUEUE_AT_OPENING) * share;
        return calendar.isOpen(day.minusDays(1)) ? factor : factor * AFTER_CLOSED_DAY_FACTOR;
    }
}
