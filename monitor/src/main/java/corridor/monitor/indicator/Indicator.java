package corridor.monitor.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one subject in one month, derived from its {@link Tally} and
 * {@link TimeSketch}. Each component is one row of {@link IndicatorDefinition}, which names it
 * (the snake_case of the component), gives its unit and says what it means; outputs read the
 * figures through that table. A value that cannot be computed (no moving time, no cost records,
 * no distribution kept) is {@code null} and shows as unknown.
 *
 * @param key            subject, id and month
 * @param count          trips (sections), complete passes (links) or visits with a stop (hubs)
 * @param meanHours      mean transit time (links, sections) or mean time at the hub: border
 *                       crossing time, port dwell, terminal dwell
 * @param minHours       shortest single time
 * @param maxHours       longest single time
 * @param p50Hours       median single time, hours (within 1%, see {@link TimeSketch})
 * @param p80Hours       80th percentile time, hours
 * @param p95Hours       95th percentile time, hours
 * @param bufferIndex    FHWA buffer index: (95th percentile time − mean time) / mean time
 * @param planningTimeIndex FHWA planning time index: 95th percentile time / free-flow time, with
 *                       the free-flow time the mean moving time (links and sections only)
 * @param meanDistanceKm mean distance (links, sections); null for hubs
 * @param swodKmh        speed without delay: distance over moving time (links, sections)
 * @param swdKmh         speed with delay: distance over transit time (links, sections)
 * @param meanCostUsd    mean cost of the counted items that have cost records; null without any
 * @param costCount      how many counted items have cost records
 * @param tfi3Usd        CPMM TFI3, cost per 500 km per 20 t of cargo, US dollars: the cost of the
 *                       trips with cost and cargo over their tonne-kilometres, times 10,000
 *                       (sections only); null without such trips
 * @param freightCount   how many trips have both cost records and a known cargo
 * @param previousMonth  the latest earlier month with indicators of the same subject, or null
 * @param bufferIndexChange       buffer index minus that of {@code previousMonth}, or null
 * @param planningTimeIndexChange planning time index minus that of {@code previousMonth}, or null
 */
public record Indicator(IndicatorKey key, long count, Double meanHours, Double minHours, Double maxHours,
                        Double p50Hours, Double p80Hours, Double p95Hours, Double bufferIndex,
                        Double planningTimeIndex, Double meanDistanceKm, Double swodKmh, Double swdKmh,
                        Double meanCostUsd, long costCount, Double tfi3Usd, long freightCount, String previousMonth,
                        Double bufferIndexChange, Double planningTimeIndexChange) {

    /** Kilometres times tonnes TFI3 normalises to: 500 km and 20 t. */
    public static final double TFI3_TONNE_KM = 500.0 * 20.0;

    /**
     * The indicators of one tally and its distribution.
     *
     * @param sketch the distribution of single times; null when none was kept (no percentiles then)
     */
    public static Indicator of(IndicatorKey key, Tally t, TimeSketch sketch) {
        boolean road = key.subject() == Subject.LINK || key.subject() == Subject.SECTION
                || key.subject() == Subject.CORRIDOR_SECTION;
        Double meanHours = t.count() == 0 ? null : t.transitSeconds() / 3600.0 / t.count();
        Double minHours = t.count() == 0 ? null : t.minSeconds() / 3600.0;
        Double maxHours = t.count() == 0 ? null : t.maxSeconds() / 3600.0;
        boolean distributed = sketch != null && t.count() > 0 && sketch.count() == t.count();
        Double p50 = distributed ? hours(sketch.quantileSeconds(0.5)) : null;
        Double p80 = distributed ? hours(sketch.quantileSeconds(0.8)) : null;
        Double p95 = distributed ? hours(sketch.quantileSeconds(0.95)) : null;
        Double buffer = p95 != null && meanHours > 0 ? (p95 - meanHours) / meanHours : null;
        Double planning = p95 != null && road && t.movingSeconds() > 0
                ? p95 / (t.movingSeconds() / 3600.0 / t.count()) : null;
        Double distance = road && t.count() > 0 ? t.distanceMetres() / 1000.0 / t.count() : null;
        Double swod = road && t.movingSeconds() > 0 ? t.distanceMetres() / 1000.0 / (t.movingSeconds() / 3600.0) : null;
        Double swd = road && t.transitSeconds() > 0 ? t.distanceMetres() / 1000.0 / (t.transitSeconds() / 3600.0) : null;
        Double cost = t.costCount() > 0 ? t.costCents() / 100.0 / t.costCount() : null;
        Double tfi3 = t.freightCount() > 0 && t.freightKgKm() > 0
                ? t.freightCents() / 100.0 / (t.freightKgKm() / 1000.0) * TFI3_TONNE_KM : null;
        return new Indicator(key, t.count(), meanHours, minHours, maxHours, p50, p80, p95, buffer, planning, distance,
                swod, swd, cost, t.costCount(), tfi3, t.freightCount(), null, null, null);
    }

    /** The indicators of one tally without a distribution (no percentiles or reliability). */
    public static Indicator of(IndicatorKey key, Tally t) {
        return of(key, t, null);
    }

    private static Double hours(Double seconds) {
        return seconds == null ? null : seconds / 3600.0;
    }

    /** This indicator with its change since an earlier month's. */
    Indicator since(Indicator earlier) {
        return new Indicator(key, count, meanHours, minHours, maxHours, p50Hours, p80Hours, p95Hours, bufferIndex,
                planningTimeIndex, meanDistanceKm, swodKmh, swdKmh, meanCostUsd, costCount, tfi3Usd, freightCount,
                earlier.key().month(), difference(bufferIndex, earlier.bufferIndex),
                difference(planningTimeIndex, earlier.planningTimeIndex));
    }

    private static Double difference(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }

    /**
     * The indicators of the aggregates, filtered, each with its trend since the latest earlier
     * month of the same subject.
     *
     * @param subject only this subject, or null for all
     * @param id      only this id (link, place or section id), or null for all
     * @param month   only this month {@code YYYY-MM}, or null for all
     */
    public static List<Indicator> of(Aggregates aggregates, Subject subject, String id, String month) {
        List<Indicator> rows = new ArrayList<>();
        Map<String, Indicator> latest = new HashMap<>();
        // tallies() is sorted by subject, id and month, so the latest earlier month comes just before
        for (Map.Entry<IndicatorKey, Tally> e : aggregates.tallies().entrySet()) {
            IndicatorKey k = e.getKey();
            if ((subject != null && k.subject() != subject) || (id != null && !k.id().equals(id))) {
                continue;
            }
            Indicator row = of(k, e.getValue(), aggregates.sketch(k));
            String series = k.subject() + "\u0000" + k.id();
            Indicator earlier = latest.put(series, row);
            if (earlier != null) {
                row = row.since(earlier);
            }
            if (month == null || k.month().equals(month)) {
                rows.add(row);
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
