package corridor.evidence.series;

import corridor.evidence.text.PeriodText;
import corridor.model.record.IndicatorValue;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two reporters measure the same thing (same subject, measure and unit) over comparable
 * periods, the difference between their values. Periods are comparable when they cover the same
 * days, or when both are whole years (calendar or fiscal) that overlap: a calendar year of China's
 * customs and a fiscal year of Pakistan's statistics share six months, so their difference is
 * shown with a note that the periods differ. Running totals ("jobs created 2013 to 2022" against
 * "2013 to 2023") are compared the same way. A part of a year is never set against a whole year.
 * Values are compared, never added.
 */
public final class IndicatorComparison {

    private IndicatorComparison() {
    }

    /** The differences between every pair of values of different reporters whose periods overlap. */
    public static List<SeriesDifference> differences(List<IndicatorValue> values) {
        List<SeriesDifference> result = new ArrayList<>();
        List<IndicatorValue> sorted = IndicatorSeries.of(values).stream()
                .flatMap(s -> s.values().stream()).toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                IndicatorValue a = sorted.get(i);
                IndicatorValue b = sorted.get(j);
                if (comparable(a, b)) {
                    result.add(difference(a, b));
                }
            }
        }
        return result;
    }

    /** Same subject, measure and unit, different reporters, comparable periods. */
    static boolean comparable(IndicatorValue a, IndicatorValue b) {
        return a.subject().equals(b.subject()) && a.measure().equals(b.measure()) && a.unit().equals(b.unit())
                && !a.reporter().equals(b.reporter()) && comparablePeriods(a.period(), b.period());
    }

    /** The same days, two overlapping whole years (calendar or fiscal), or two overlapping running totals. */
    static boolean comparablePeriods(Period a, Period b) {
        boolean cumulative = a.type() == PeriodType.CUMULATIVE && b.type() == PeriodType.CUMULATIVE;
        return a.sameSpanAs(b) || ((wholeYear(a) && wholeYear(b) || cumulative) && overlap(a, b));
    }

    private static boolean wholeYear(Period period) {
        return period.type() == PeriodType.CALENDAR_YEAR || period.type() == PeriodType.FISCAL_YEAR;
    }

    static boolean overlap(Period a, Period b) {
        return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }

    /** The difference {@code b - a}, with a note on their periods. */
    public static SeriesDifference difference(IndicatorValue a, IndicatorValue b) {
        double difference = b.value() - a.value();
        Double percent = a.value() == 0 ? null : 100 * difference / a.value();
        boolean same = a.period().sameSpanAs(b.period());
        String note = same ? "same period: " + PeriodText.describe(a.period())
                : "periods differ: " + PeriodText.describe(a.period()) + " vs " + PeriodText.describe(b.period())
                + "; the difference mixes periods";
        return new SeriesDifference(a, b, difference, percent, same, note);
    }
}
