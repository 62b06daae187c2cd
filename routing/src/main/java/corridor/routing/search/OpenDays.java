package corridor.routing.search;

import corridor.model.network.OpeningCalendar;
import corridor.routing.graph.RoutingGraph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Whether the places with an opening calendar let goods through on a day, by node and day, remembered:
 * a search asks the same few passes and crossings on the same few days over and over (each arc into
 * them, again in every search a query runs to see which access rules shaped its route, and in the next
 * query leaving on a nearby day), and each answer makes a date and walks the calendar's rules. Each such
 * node gets a table of {@link #DAYS} days from a little before the first day asked; a day outside it is
 * computed each time. The answers are {@link Step}'s rules (see there), computed as before. One router's
 * (one graph's, one thread's): not thread-safe.
 */
final class OpenDays {

    /** {@link #waitDays} of a place closed that day that does not open within the days waited. */
    static final int CLOSED = -1;

    /** At most this many days are waited at a border closed on some days of the week. */
    static final int MAX_WEEKLY_WAIT_DAYS = 6;

    /** Days a node's table covers (about three years), a quarter of them before the first day asked. */
    private static final int DAYS = 1024;
    private static final byte UNKNOWN = Byte.MIN_VALUE;

    private final RoutingGraph g;
    /** Per node, its table's index plus one (0: none yet); made at the first question. */
    private int[] tableOf;
    private long[] firstDays = new long[4];
    private byte[][] waits = new byte[4][];
    private int tables;

    OpenDays(RoutingGraph graph) {
        this.g = graph;
    }

    /**
     * For goods reaching node {@code v} (which has a calendar) on day {@code epochDay} ({@link LocalDate#toEpochDay}):
     * 0 when it is open that day; at a border crossing closed only for a day of the week (Khunjerab's weekends),
     * the days until it opens (at most {@link #MAX_WEEKLY_WAIT_DAYS}); else {@link #CLOSED}.
     */
    int waitDays(int v, long epochDay) {
        if (tableOf == null) {
            tableOf = new int[g.placeCount()];
        }
        int t = tableOf[v] - 1;
        if (t < 0) {
            t = newTable(v, epochDay - DAYS / 4);
        }
        long day = epochDay - firstDays[t];
        if (day < 0 || day >= DAYS) {
            return compute(v, LocalDate.ofEpochDay(epochDay));
        }
        byte[] table = waits[t];
        int wait = table[(int) day];
        if (wait == UNKNOWN) {
            wait = compute(v, LocalDate.ofEpochDay(epochDay));
            table[(int) day] = (byte) wait;
        }
        return wait;
    }

    private int newTable(int v, long firstDay) {
        if (tables == waits.length) {
            firstDays = Arrays.copyOf(firstDays, tables * 2);
            waits = Arrays.copyOf(waits, tables * 2);
        }
        byte[] table = new byte[DAYS];
        Arrays.fill(table, UNKNOWN);
        firstDays[tables] = firstDay;
        waits[tables] = table;
        tableOf[v] = ++tables;
        return tables - 1;
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
