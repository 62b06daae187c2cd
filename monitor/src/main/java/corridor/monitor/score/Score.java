package corridor.monitor.score;

import corridor.model.Dataset;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.IndicatorKey;
import corridor.monitor.indicator.Subject;
import corridor.monitor.simulate.TruthTrip;
import corridor.monitor.trip.SectionMatcher;
import corridor.monitor.trip.TripResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close an ingest's indicators come to the simulator's ground truth: for each subject and
 * indicator, over the subjects and months both have, the mean absolute error and the mean
 * absolute relative error, and how many subject-months only one side has. The truth's indicators
 * are those the engine would compute from perfect pings ({@link TruthTrip#asTripResult()}); the
 * indicators compared are those the table shows in {@link IndicatorDefinition.View#SCORE}.
 * Stateless.
 */
public final class Score {

    /**
     * The errors of one indicator of one subject.
     *
     * @param subject           what the indicator is about
     * @param indicator         its name ({@code mean_hours}, {@code swd_kmh}, ...)
     * @param compared          subject-months both sides have a value for
     * @param meanAbsoluteError mean of |measured − truth|, in the indicator's unit; null when none compared
     * @param meanRelativeError mean of |measured − truth| / truth over those with a non-zero truth; null when none
     * @param onlyInTruth       subject-months the truth has and the ingest has not (missed)
     * @param onlyMeasured      subject-months the ingest has and the truth has not (spurious)
     */
    public record Row(Subject subject, String indicator, int compared, Double meanAbsoluteError,
                      Double meanRelativeError, int onlyInTruth, int onlyMeasured) {
    }

    private Score() {
    }

    /** The aggregates of the truth: its trips as the engine would see them with perfect pings. */
    public static Aggregates truthAggregates(Dataset dataset, List<TruthTrip> truth) {
        SectionMatcher sections = new SectionMatcher(dataset.sections());
        Aggregates aggregates = new Aggregates();
        for (TruthTrip trip : truth) {
            TripResult result = trip.asTripResult();
            aggregates.addTrip(result, sections.passes(result.traversals()), List.of(), null);
        }
        return aggregates;
    }

    /** The errors of {@code measured} against {@code truth}, by subject and indicator. */
    public static List<Row> of(Aggregates measured, Aggregates truth) {
        Map<IndicatorKey, Indicator> m = byKey(measured);
        Map<IndicatorKey, Indicator> t = byKey(truth);
        List<Row> rows = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            int onlyInTruth = (int) t.keySet().stream().filter(k -> k.subject() == subject && !m.containsKey(k)).count();
            int onlyMeasured = (int) m.keySet().stream().filter(k -> k.subject() == subject && !t.containsKey(k)).count();
            boolean any = t.keySet().stream().anyMatch(k -> k.subject() == subject)
                    || m.keySet().stream().anyMatch(k -> k.subject() == subject);
            if (!any) {
                continue;
            }
            for (IndicatorDefinition indicator : IndicatorDefinition.in(IndicatorDefinition.View.SCORE)) {
                int compared = 0;
                int relative = 0;
                double absolute = 0;
                double relativeSum = 0;
                for (Map.Entry<IndicatorKey, Indicator> e : t.entrySet()) {
                    Indicator other = m.get(e.getKey());
                    if (e.getKey().subject() != subject || other == null) {
                        continue;
                    }
                    Double expected = indicator.number(e.getValue());
                    Double actual = indicator.number(other);
                    if (expected == null || actual == null) {
                        continue;
                    }
                    compared++;
                    absolute += Math.abs(actual - expected);
                    if (expected != 0) {
                        relative++;
                        relativeSum += Math.abs(actual - expected) / Math.abs(expected);
                    }
                }
                if (compared > 0) {
                    rows.add(new Row(subject, indicator.key(), compared, absolute / compared,
                            relative == 0 ? null : relativeSum / relative, onlyInTruth, onlyMeasured));
                }
            }
        }
        return rows;
    }

    private static Map<IndicatorKey, Indicator> byKey(Aggregates aggregates) {
        Map<IndicatorKey, Indicator> map = new HashMap<>();
        Indicator.of(aggregates, null, null, null).forEach(i -> map.put(i.key(), i));
        return map;
    }
}
