package corridor.monitor.indicator;

import java.util.Comparator;

/**
 * Which subject, which one, which month (UTC) an aggregate is about.
 *
 * @param subject link, section, border crossing, port or terminal
 * @param id      link id, place id, or {@code origin>destination} for a section
 * @param month   {@code YYYY-MM}, in UTC
 */
public record IndicatorKey(Subject subject, String id, String month) implements Comparable<IndicatorKey> {

    private static final Comparator<IndicatorKey> ORDER = Comparator.comparing(IndicatorKey::subject)
            .thenComparing(IndicatorKey::id).thenComparing(IndicatorKey::month);

    @Override
    public int compareTo(IndicatorKey other) {
        return ORDER.compare(this, other);
    }

    /** The UTC month of an instant, {@code YYYY-MM}. */
    static String monthOf(long epochSecond) {
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86400L));
        int m = date.getMonthValue();
        return date.getYear() + (m < 10 ? "-0" : "-") + m;
    }
}
