package corridor.model.network;

import corridor.model.source.Provenance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * From a day to a day (inclusive), a place is open in these months of each year, except on these
 * days of the week. Immutable and thread-safe.
 *
 * @param firstDay   first day the rule applies to
 * @param lastDay    last day the rule applies to; {@code null} for "until further notice"
 * @param openMonths months of the year in which the place is open while the rule applies
 * @param closedDays days of the week on which the place is closed while the rule applies (Khunjerab's
 *                   weekends); empty when it is open every day of its open months
 * @param provenance what the rule rests on
 */
public record OpeningRule(LocalDate firstDay, LocalDate lastDay, Set<Month> openMonths, Set<DayOfWeek> closedDays,
                          Provenance provenance) {

    public OpeningRule {
        Objects.requireNonNull(firstDay, "firstDay");
        openMonths = openMonths.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(openMonths);
        closedDays = closedDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(closedDays);
    }

    /** A rule in whole months, open every day of its open months: from the first day of {@code from} to the last day of {@code to}. */
    public OpeningRule(YearMonth from, YearMonth to, Set<Month> openMonths, Provenance provenance) {
        this(from.atDay(1), to == null ? null : to.atEndOfMonth(), openMonths, Set.of(), provenance);
    }

    /** The month of {@link #firstDay}. */
    public YearMonth from() {
        return YearMonth.from(firstDay);
    }

    /** The month of {@link #lastDay}, or {@code null} for "until further notice". */
    public YearMonth to() {
        return lastDay == null ? null : YearMonth.from(lastDay);
    }

    /** Whether the rule applies on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }

    /** Whether the rule applies on some day of {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.atEndOfMonth().isBefore(firstDay) && (lastDay == null || !month.atDay(1).isAfter(lastDay));
    }

    /** Whether the rule has the place open on {@code day} (a day it covers): an open month, not a closed weekday. */
    public boolean opens(LocalDate day) {
        return openMonths.contains(day.getMonth()) && !closedDays.contains(day.getDayOfWeek());
    }

    /** Open in every month of the year and on every day of the week. */
    public boolean isYearRound() {
        return openMonths.size() == 12 && closedDays.isEmpty();
    }

    /** {@link #firstDay} as written: {@code 2024-12} when it is the first of a month, else {@code 2024-12-02}. */
    public String fromText() {
        return firstDay.getDayOfMonth() == 1 ? from().toString() : firstDay.toString();
    }

    /** {@link #lastDay} as written: {@code 2024-11} when it is the last of a month, else the day; {@code null} when open-ended. */
    public String toText() {
        if (lastDay == null) {
            return null;
        }
        return lastDay.equals(lastDay.withDayOfMonth(lastDay.lengthOfMonth())) ? to().toString() : lastDay.toString();
    }
}
