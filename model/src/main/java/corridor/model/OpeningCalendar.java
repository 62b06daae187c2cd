package corridor.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a seasonal place (a mountain pass, a border crossing) is open, by year, as a list of
 * rules. A later rule overrides an earlier one where both cover a month, so a calendar can say
 * "April to November under the 1985 agreement, year-round from December 2024".
 *
 * @param rules the rules, in any order
 */
public record OpeningCalendar(List<OpeningRule> rules) {

    /** A calendar with no rules: always open. */
    public static final OpeningCalendar ALWAYS_OPEN = new OpeningCalendar(List.of());

    public OpeningCalendar {
        rules = rules.stream().sorted(Comparator.comparing(OpeningRule::from)).toList();
    }

    /** The rule in force in {@code month}: the one starting latest among those covering it. */
    public Optional<OpeningRule> ruleFor(YearMonth month) {
        OpeningRule found = null;
        for (OpeningRule rule : rules) {
            if (rule.covers(month)) {
                found = rule;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the place is open on {@code date}. With no rule in force it counts as open. */
    public boolean isOpen(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return ruleFor(month).map(r -> r.openMonths().contains(date.getMonth())).orElse(true);
    }

    /** Whether any rule ever closes the place in some month. */
    public boolean isSeasonal() {
        return rules.stream().anyMatch(r -> !r.isYearRound());
    }
}
