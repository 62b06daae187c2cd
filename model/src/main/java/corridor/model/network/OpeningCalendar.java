package corridor.model.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a seasonal place (a mountain pass, a border crossing) is open, day by day, as a list of
 * rules. A later rule (the one starting on a later day) overrides an earlier one on the days both
 * cover, so a calendar can say "April to November under the 1985 agreement, open 2-16 January 2024
 * for stranded containers, year-round but closed on weekends from December 2024". Immutable and
 * thread-safe.
 *
 * @param rules the rules, in any order
 */
public record OpeningCalendar(List<OpeningRule> rules) {

    /** A calendar with no rules: always open. */
    public static final OpeningCalendar ALWAYS_OPEN = new OpeningCalendar(List.of());

    public OpeningCalendar {
        rules = rules.stream().sorted(Comparator.comparing(OpeningRule::firstDay)).toList();
    }

    /** The rule in force on {@code day}: the one starting latest among those covering it; empty when none does. */
    public Optional<OpeningRule> ruleOn(LocalDate day) {
        OpeningRule found = null;
        for (OpeningRule rule : rules) {
            if (rule.covers(day)) {
                found = rule;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the place is open on {@code date}. With no rule in force it counts as open. */
    public boolean isOpen(LocalDate date) {
        return ruleOn(date).map(r -> r.opens(date)).orElse(true);
    }

    /**
     * The first day from {@code date} on (itself included) on which the place is open, looking at
     * most {@code maxDays} days ahead; empty when it stays closed that long.
     */
    public Optional<LocalDate> nextOpenDay(LocalDate date, int maxDays) {
        for (int i = 0; i <= maxDays; i++) {
            LocalDate day = date.plusDays(i);
            if (isOpen(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Whether any rule ever closes the place in some month or on some day of the week. */
    public boolean isSeasonal() {
        return rules.stream().anyMatch(r -> !r.isYearRound());
    }
}
