package corridor.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one subject in one month, derived from its {@link Tally} (definitions in
 * {@code monitor/INDICATORS.md}). A value that cannot be computed (no moving time, no cost
 * records) is {@code null} and shows as unknown.
 *
 * @param key          subject, id and month
 * @param count        trips (sections), complete passes (links) or visits with a stop (hubs)
 * @param meanHours    mean transit time (links, sections) or mean time at the hub: border crossing
 *                     time, port dwell, terminal dwell
 * @param minHours     shortest single time
 * @param maxHours     longest single time
 * @param meanDistanceKm mean distance (links, sections); null for hubs
 * @param swodKmh      speed without delay: distance over moving time (links, sections)
 * @param swdKmh       speed with delay: distance over transit time (links, sections)
 * @param meanCostUsd  mean cost of the counted items that have cost records; null without any
 * @param costCount    how many counted items have cost records
 */
public record Indicator(IndicatorKey key, long count, Double meanHours, Double minHours, Double maxHours,
                        Double meanDistanceKm, Double swodKmh, Double swdKmh, Double meanCostUsd, long costCount) {

    /** The indicators of one tally. */
    public static Indicator of(IndicatorKey key, Tally t) {
        boolean road = key.subject() == Subject.LINK || key.subject() == Subject.SECTION;
        Double meanHours = t.count() == 0 ? null : t.transitSeconds() / 3600.0 / t.count();
        Double minHours = t.count() == 0 ? null : t.minSeconds() / 3600.0;
        Double maxHours = t.count() == 0 ? null : t.maxSeconds() / 3600.0;
        Double distance = road && t.count() > 0 ? t.distanceMetres() / 1000.0 / t.count() : null;
        Double swod = road && t.movingSeconds() > 0 ? t.distanceMetres() / 1000.0 / (t.movingSeconds() / 3600.0) : null;
        Double swd = road && t.transitSeconds() > 0 ? t.distanceMetres() / 1000.0 / (t.transitSeconds() / 3600.0) : null;
        Double cost = t.costCount() > 0 ? t.costCents() / 100.0 / t.costCount() : null;
        return new Indicator(key, t.count(), meanHours, minHours, maxHours, distance, swod, swd, cost, t.costCount());
    }

    /**
     * The indicators of the aggregates, filtered.
     *
     * @param subject only this subject, or null for all
     * @param id      only this id (link, place or section id), or null for all
     * @param month   only this month {@code YYYY-MM}, or null for all
     */
    public static List<Indicator> of(Aggregates aggregates, Subject subject, String id, String month) {
        List<Indicator> rows = new ArrayList<>();
        for (Map.Entry<IndicatorKey, Tally> e : aggregates.tallies().entrySet()) {
            IndicatorKey k = e.getKey();
            if ((subject == null || k.subject() == subject) && (id == null || k.id().equals(id))
                    && (month == null || k.month().equals(month))) {
                rows.add(of(k, e.getValue()));
            }
        }
        return rows;
    }

    /** Sums tallies over all months, per subject and id (month "all"). */
    public static Map<IndicatorKey, Tally> overAllMonths(Aggregates aggregates) {
        Map<IndicatorKey, Tally> all = new java.util.TreeMap<>();
        aggregates.tallies().forEach((k, t) -> all.merge(new IndicatorKey(k.subject(), k.id(), "all"), t, Tally::plus));
        return all;
    }
}
