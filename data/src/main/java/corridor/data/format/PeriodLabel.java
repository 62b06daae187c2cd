package corridor.data.format;

import corridor.model.record.Period;
import corridor.model.record.PeriodType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code period} of indicators.csv: {@code 2024} (calendar year), {@code FY2024}
 * (Pakistan's fiscal year, July 2023 to June 2024), {@code 2022-01/2022-09} or {@code 2023-07/2024-01}
 * (a part of a year, calendar or fiscal: fewer than twelve months), {@code 2023-11} (one month),
 * {@code 2013/2023} or {@code 2013-01/2024-12} (a total over years).
 */
public final class PeriodLabel {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4}-\\d{2})/(\\d{4}-\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

    /** What a period label looks like, for messages. */
    public static final String EXPECTED = "expected 2024, FY2024, 2023-11, 2022-01/2022-09 or 2013/2023";

    private PeriodLabel() {
    }

    /** The period a label stands for; empty when it is not one ({@link #EXPECTED}). */
    public static Optional<Period> parse(String label) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(label)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new Period(PeriodType.CALENDAR_YEAR, label, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
            }
            if ((m = FISCAL.matcher(label)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new Period(PeriodType.FISCAL_YEAR, label, LocalDate.of(year - 1, 7, 1),
                        LocalDate.of(year, 6, 30)));
            }
            if ((m = MONTH.matcher(label)).matches()) {
                YearMonth month = YearMonth.parse(m.group(1));
                return Optional.of(new Period(PeriodType.PARTIAL_YEAR, label, month.atDay(1), month.atEndOfMonth()));
            }
            if ((m = MONTHS.matcher(label)).matches()) {
                YearMonth first = YearMonth.parse(m.group(1));
                YearMonth last = YearMonth.parse(m.group(2));
                if (last.isBefore(first)) {
                    return Optional.empty();
                }
                // fewer than twelve months is a part of a year, calendar (Jan-Sep) or fiscal (Jul-Jan)
                PeriodType type = first.plusMonths(11).isAfter(last) ? PeriodType.PARTIAL_YEAR : PeriodType.CUMULATIVE;
                return Optional.of(new Period(type, label, first.atDay(1), last.atEndOfMonth()));
            }
            if ((m = YEARS.matcher(label)).matches()) {
                int first = Integer.parseInt(m.group(1));
                int last = Integer.parseInt(m.group(2));
                if (last < first) {
                    return Optional.empty();
                }
                return Optional.of(new Period(PeriodType.CUMULATIVE, label, LocalDate.of(first, 1, 1),
                        LocalDate.of(last, 12, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
