package corridor.evidence.series;

import corridor.model.record.IndicatorValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One series: the values of one measure from one reporter, in time order: by the end of their period,
 * and of two periods ending together the shorter first (September 2021 before July–September 2021, and
 * FY2022, July 2021 to June 2022, after January 2022). A series may mix period types (a calendar year and a
 * January–September figure); its values are never added up. Immutable, so thread-safe.
 *
 * @param key    subject, measure and reporter
 * @param values the values, ordered by period end, then by latest start
 */
public record IndicatorSeries(SeriesKey key, List<IndicatorValue> values) {

    private static final Comparator<IndicatorValue> BY_PERIOD = Comparator
            .comparing((IndicatorValue v) -> v.period().end())
            .thenComparing((IndicatorValue v) -> v.period().start(), Comparator.reverseOrder())
            .thenComparing(IndicatorValue::id);

    public IndicatorSeries {
        values = values.stream().sorted(BY_PERIOD).toList();
    }

    /** Splits {@code values} into series, one per subject, measure and reporter, ordered by those. */
    public static List<IndicatorSeries> of(List<IndicatorValue> values) {
        Map<SeriesKey, List<IndicatorValue>> byKey = new LinkedHashMap<>();
        values.stream()
                .sorted(Comparator.comparing(IndicatorValue::subject).thenComparing(IndicatorValue::measure)
                        .thenComparing(IndicatorValue::reporter))
                .forEach(v -> byKey.computeIfAbsent(keyOf(v), k -> new ArrayList<>()).add(v));
        List<IndicatorSeries> series = new ArrayList<>();
        byKey.forEach((key, members) -> series.add(new IndicatorSeries(key, members)));
        return series;
    }

    /** The series key of a value. */
    public static SeriesKey keyOf(IndicatorValue value) {
        return new SeriesKey(value.subject(), value.measure(), value.reporter());
    }

    /** The value for exactly the period labelled {@code label} ({@code 2024}, {@code FY2024}). */
    public Optional<IndicatorValue> at(String label) {
        return values.stream().filter(v -> v.period().label().equals(label)).findFirst();
    }
}
