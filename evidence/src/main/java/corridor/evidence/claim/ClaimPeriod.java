package corridor.evidence.claim;

import corridor.evidence.text.PeriodText;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;

import java.time.LocalDate;

/**
 * The period a claim speaks of, as read from its words.
 *
 * <ul>
 *   <li>{@link Kind#EXACT}: a calendar year, a fiscal year, a half, a quarter, a month range or an
 *       explicit span of years ("between 2013 and 2022"); a value backs it when it covers the same days;</li>
 *   <li>{@link Kind#RUNNING_TOTAL}: "over the past decade", "since 2015", "by 2018", "so far", "in five
 *       years": a total up to a date; a value backs it when it is a running total ({@link PeriodType#CUMULATIVE})
 *       whose last year lies in {@code [lastYearFrom, lastYearTo]}, for "since YEAR" whose first
 *       year lies within {@link #SINCE_SLACK_YEARS} of YEAR, and for a duration whose span lies within
 *       {@link #SPAN_SLACK_YEARS} of its years;</li>
 *   <li>{@link Kind#UNRESOLVED}: relative words ("last year") with no article date to resolve them.</li>
 * </ul>
 *
 * @param kind          how the period is matched
 * @param exact         the period, for {@link Kind#EXACT}; null otherwise
 * @param lastYearFrom  earliest last year of a running total; null when any (no article date)
 * @param lastYearTo    latest last year of a running total; null when any
 * @param sinceYear     the first year named by "since YEAR"; null when none
 * @param spanYears     for a duration ("in five years", 五年来, پانچ سال میں, "over the past decade"), how many
 *                      years the total spans, within {@link #SPAN_SLACK_YEARS}; null when not said
 * @param words         the words the period was read from ("over the past decade")
 */
public record ClaimPeriod(Kind kind, Period exact, Integer lastYearFrom, Integer lastYearTo, Integer sinceYear,
                          Integer spanYears, String words) {

    /** How far the span of a running total may lie from a duration's years ("in five years": 4 to 6 years). */
    public static final int SPAN_SLACK_YEARS = 1;

    /** How far the first year of a running total may lie from the year after "since", in years. */
    public static final int SINCE_SLACK_YEARS = 2;
    /** Running totals named relative to an article's date may end this many years before it (figures lag). */
    public static final int RUNNING_TOTAL_LAG_YEARS = 2;

    /** How a claim's period is matched against the data's. */
    public enum Kind { EXACT, RUNNING_TOTAL, UNRESOLVED }

    /** An exact period. */
    public static ClaimPeriod exact(Period period, String words) {
        return new ClaimPeriod(Kind.EXACT, period, null, null, null, null, words);
    }

    /** A calendar year. */
    public static ClaimPeriod year(int year, String words) {
        return exact(new Period(PeriodType.CALENDAR_YEAR, Integer.toString(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)), words);
    }

    /** Pakistan's fiscal year ending in June of {@code endYear}. */
    public static ClaimPeriod fiscal(int endYear, String words) {
        return exact(new Period(PeriodType.FISCAL_YEAR, "FY" + endYear, LocalDate.of(endYear - 1, 7, 1),
                LocalDate.of(endYear, 6, 30)), words);
    }

    /** Months {@code first} to {@code last} (inclusive) of one calendar year, or across years. */
    public static ClaimPeriod months(int firstYear, int firstMonth, int lastYear, int lastMonth, String words) {
        LocalDate start = LocalDate.of(firstYear, firstMonth, 1);
        LocalDate end = LocalDate.of(lastYear, lastMonth, 1).plusMonths(1).minusDays(1);
        if (firstMonth == 1 && lastMonth == 12 && firstYear == lastYear) {
            return year(firstYear, words);
        }
        if (firstMonth == 7 && lastMonth == 6 && lastYear == firstYear + 1) {
            return fiscal(lastYear, words);
        }
        String label = String.format("%d-%02d/%d-%02d", firstYear, firstMonth, lastYear, lastMonth);
        PeriodType type = firstYear == lastYear ? PeriodType.PARTIAL_YEAR : PeriodType.CUMULATIVE;
        return exact(new Period(type, label, start, end), words);
    }

    /** A running total from {@code firstYear} to {@code lastYear}, both whole years. */
    public static ClaimPeriod years(int firstYear, int lastYear, String words) {
        return exact(new Period(PeriodType.CUMULATIVE, firstYear + "/" + lastYear, LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31)), words);
    }

    /** A running total ending in one of the years given (null: any), starting near {@code sinceYear} when given. */
    public static ClaimPeriod runningTotal(Integer lastYearFrom, Integer lastYearTo, Integer sinceYear, String words) {
        return new ClaimPeriod(Kind.RUNNING_TOTAL, null, lastYearFrom, lastYearTo, sinceYear, null, words);
    }

    /**
     * A duration: a running total over about {@code years} years ending in one of the years given (null: any),
     * as "in five years", "over the past decade", 五年来 or پانچ سال میں say.
     */
    public static ClaimPeriod duration(int years, Integer lastYearFrom, Integer lastYearTo, String words) {
        return new ClaimPeriod(Kind.RUNNING_TOTAL, null, lastYearFrom, lastYearTo, null, years, words);
    }

    /** Relative words that cannot be resolved without the article's date. */
    public static ClaimPeriod unresolved(String words) {
        return new ClaimPeriod(Kind.UNRESOLVED, null, null, null, null, null, words);
    }

    /** Whether a value for {@code period} is for the period the claim speaks of. */
    public boolean backs(Period period) {
        return switch (kind) {
            case EXACT -> exact.sameSpanAs(period);
            case RUNNING_TOTAL -> period.type() == PeriodType.CUMULATIVE
                    && (lastYearFrom == null || period.end().getYear() >= lastYearFrom)
                    && (lastYearTo == null || period.end().getYear() <= lastYearTo)
                    && (sinceYear == null || Math.abs(period.start().getYear() - sinceYear) <= SINCE_SLACK_YEARS)
                    && (spanYears == null || Math.abs(years(period) - spanYears) <= SPAN_SLACK_YEARS);
            case UNRESOLVED -> false;
        };
    }

    /** How many years {@code period} spans, to the nearest year (2013/2018 spans six). */
    private static long years(Period period) {
        double days = java.time.temporal.ChronoUnit.DAYS.between(period.start(), period.end().plusDays(1));
        return Math.round(days / 365.25);
    }

    /** Whether {@code period} overlaps the claim's (shown as a related value when it does not back it). */
    public boolean overlaps(Period period) {
        return switch (kind) {
            case EXACT -> !period.end().isBefore(exact.start()) && !period.start().isAfter(exact.end());
            case RUNNING_TOTAL -> lastYearTo == null || period.start().getYear() <= lastYearTo;
            case UNRESOLVED -> false;
        };
    }

    /** The period in the data's notation when exact ("2024", "FY2024", "2021-01/2021-06"), else the words. */
    public String label() {
        return kind == Kind.EXACT ? exact.label() : words;
    }

    /** The period in words for explanations. */
    public String describe() {
        return switch (kind) {
            case EXACT -> PeriodText.describe(exact);
            case RUNNING_TOTAL -> "a running total (\"" + words + "\")"
                    + (lastYearFrom == null ? "" : lastYearFrom.equals(lastYearTo) ? " ending in " + lastYearTo
                    : " ending in " + lastYearFrom + "–" + lastYearTo)
                    + (sinceYear == null ? "" : ", starting within " + SINCE_SLACK_YEARS + " years of " + sinceYear)
                    + (spanYears == null ? "" : ", over " + (spanYears - SPAN_SLACK_YEARS) + " to "
                    + (spanYears + SPAN_SLACK_YEARS) + " years");
            case UNRESOLVED -> "\"" + words + "\", which needs the article's date (give --published)";
        };
    }

    /** The last day the claim's period reaches; null when unknown. */
    public LocalDate lastDay() {
        return switch (kind) {
            case EXACT -> exact.end();
            case RUNNING_TOTAL -> lastYearTo == null ? null : LocalDate.of(lastYearTo, 12, 31);
            case UNRESOLVED -> null;
        };
    }
}
