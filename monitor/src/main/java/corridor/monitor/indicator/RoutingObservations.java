package corridor.monitor.indicator;

import corridor.model.network.ObservedTimes;
import corridor.model.network.ObservedTimes.Kind;
import corridor.model.network.ObservedTimes.Observation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The times a monitoring state observed, in the form the router takes ({@link ObservedTimes}): per
 * link, border crossing, port and terminal and per month, the median and 95th-percentile time of
 * the observed passes or visits, from each one's distribution ({@link TimeSketch}, within 1%).
 * Subjects without a distribution (a state of format 1) give nothing: they have no median.
 * Pure; thread-safe.
 */
public final class RoutingObservations {

    private RoutingObservations() {
    }

    /**
     * The observed times of {@code aggregates}.
     *
     * @param origin where the state comes from, for people (a file name)
     */
    public static ObservedTimes of(Aggregates aggregates, String origin) {
        ObservedTimes.Builder times = ObservedTimes.builder(origin, aggregates.simulatedPings() > 0);
        for (Map.Entry<IndicatorKey, Tally> e : aggregates.tallies().entrySet()) {
            IndicatorKey key = e.getKey();
            Kind kind = kind(key.subject());
            YearMonth month = month(key.month());
            if (kind == null || month == null || e.getValue().count() == 0) {
                continue;
            }
            Indicator indicator = Indicator.of(key, e.getValue(), aggregates.sketch(key));
            if (indicator.p50Hours() == null || indicator.p95Hours() == null) {
                continue;
            }
            double median = indicator.p50Hours();
            times.add(kind, key.id(), new Observation(median, Math.max(median, indicator.p95Hours()),
                    indicator.count(), month));
        }
        return times.build();
    }

    private static Kind kind(Subject subject) {
        return switch (subject) {
            case LINK -> Kind.LINK;
            case BORDER_CROSSING -> Kind.CROSSING;
            case PORT, TERMINAL -> Kind.DWELL;
            case SECTION, CORRIDOR_SECTION -> null;
        };
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
