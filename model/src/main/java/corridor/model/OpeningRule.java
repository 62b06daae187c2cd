package corridor.model;

import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * From a month to a month (inclusive), a place is open in these months of each year.
 *
 * @param from       first month the rule applies to
 * @param to         last month the rule applies to; {@code null} for "until further notice"
 * @param openMonths months of the year in which the place is open while the rule applies
 * @param provenance what the rule rests on
 */
public record OpeningRule(YearMonth from, YearMonth to, Set<Month> openMonths, Provenance provenance) {

    public OpeningRule {
        openMonths = openMonths.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(openMonths);
    }

    /** Whether the rule covers {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }

    /** Open in every month of the year. */
    public boolean isYearRound() {
        return openMonths.size() == 12;
    }
}
