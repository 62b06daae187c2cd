package corridor.model.record;

import java.time.LocalDate;

/**
 * The time an indicator value refers to, from {@code start} to {@code end} inclusive.
 *
 * @param type  how the period is counted
 * @param label the period as written in the data ({@code 2024}, {@code FY2024}, {@code 2022-01/2022-09})
 * @param start first day
 * @param end   last day
 */
public record Period(PeriodType type, String label, LocalDate start, LocalDate end) {

    /** Whether two periods cover the same days, which is when their values may be compared. */
    public boolean sameSpanAs(Period other) {
        return start.equals(other.start) && end.equals(other.end);
    }
}
