package corridor.evidence.text;

import corridor.model.record.Period;

import java.time.format.TextStyle;
import java.util.Locale;

/** Periods in words for explanations: "2024 (calendar year)", "FY2024 (fiscal year Jul 2023–Jun 2024)". */
public final class PeriodText {

    private PeriodText() {
    }

    /** {@code period} in words: its label, its kind and, but for a calendar year, its months. */
    public static String describe(Period period) {
        String span = month(period.start().getMonthValue()) + " " + period.start().getYear() + "–"
                + month(period.end().getMonthValue()) + " " + period.end().getYear();
        return switch (period.type()) {
            case CALENDAR_YEAR -> period.label() + " (calendar year)";
            case FISCAL_YEAR -> period.label() + " (fiscal year " + span + ")";
            case PARTIAL_YEAR -> period.label() + " (part of a year, " + span + ")";
            case CUMULATIVE -> period.label() + " (cumulative, " + span + ")";
        };
    }

    private static String month(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
