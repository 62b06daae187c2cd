package corridor.routing.search;

import corridor.model.network.OpeningCalendar;
import corridor.routing.graph.RoutingGraph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether the places with an opening calendar let goods through on a day, by node and day, remembered:
 * a search asks the same few passes and crossings on the same few days over and over (each arc into
 * them, again in every search a query runs to see which access rules shaped its route, and in the next
 * query leaving on the same day), and each answer makes a date and walks the calendar's rules. The
 * answers are {@link Step}'s rules (see there), computed as before; a slot taken by another node and day
 * is computed again. One router's (one graph's, one thread's): not thread-safe.
 */
final class OpenDays {

    /** {@link #waitDays} of a place closed that day that does not open within the days waited. */
    static final int CLOSED = -1;

    /** At most this many days are waited at a border closed on some days of the week. */
    static final int MAX_WEEKLY_WAIT_DAYS = 6;

    /** Slots (a power of two): passes and crossings times the days of a few departures, with room. */
    private static final int SLOTS = 512;
    private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(SLOTS);

    private final RoutingGraph g;
    /** The node of each slot, plus one (0: empty). */
    private final int[] nodes = new int[SLOTS];
    private final long[] days = new long[SLOTS];
    private final int[] waits = new int[SLOTS];

    OpenDays(RoutingGraph graph) {
        this.g = graph;
    }

    /**
     * For goods reaching node {@code v} (which has a calendar) on day {@code epochDay} ({@link LocalDate#toEpochDay}):
     * 0 when it is open that day; at a border crossing closed only for a day of the week (Khunjerab's weekends),
     * the days until it opens (at most {@link #MAX_WEEKLY_WAIT_DAYS}); else {@link #CLOSED}.
     */
    int waitDays(int v, long epochDay) {
        int slot = (int) (((v * 31L + epochDay) * 0x9E3779B97F4A7C15L) >>> SHIFT);
        if (nodes[slot] == v + 1 && days[slot] == epochDay) {
            return waits[slot];
        }
        int wait = compute(v, LocalDate.ofEpochDay(epochDay));
        nodes[slot] = v + 1;
        days[slot] = epochDay;
        waits[slot] = wait;
        return wait;
    }

    private int compute(int v, LocalDate day) {
        OpeningCalendar calendar = g.calendar(v);
        if (calendar.isOpen(day)) {
            return 0;
        }
        LocalDate openDay = g.isBorder(v) && weeklyClosure(calendar, day)
                ? calendar.nextOpenDay(day, MAX_WEEKLY_WAIT_DAYS).orElse(null) : null;
        return openDay == null ? CLOSED : (int) ChronoUnit.DAYS.between(day, openDay);
    }

    /** Closed on a day of a month its rule has open: a weekly closing day, worth waiting for. */
    private static boolean weeklyClosure(OpeningCalendar calendar, LocalDate day) {
        return calendar.ruleOn(day).map(r -> r.openMonths().contains(day.getMonth())).orElse(false);
    }
}
