package corridor.model;

import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.source.Provenance;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening calendars: a later rule overrides an earlier one where both cover a month. */
class OpeningCalendarTest {

    private static final Provenance SOURCE = Provenance.of("test");

    private static OpeningRule rule(String from, String to, Set<Month> open) {
        return new OpeningRule(YearMonth.parse(from), to == null ? null : YearMonth.parse(to), open, SOURCE);
    }

    private static Set<Month> aprilToNovember() {
        return EnumSet.range(Month.APRIL, Month.NOVEMBER);
    }

    /** The Khunjerab calendar: April to November under the 1985 agreement, year-round from December 2024. */
    private static OpeningCalendar khunjerab() {
        return new OpeningCalendar(List.of(
                rule("2024-12", null, EnumSet.allOf(Month.class)),
                rule("1985-01", "2024-11", aprilToNovember())));
    }

    @Test
    void seasonalUntilNovember2024AndYearRoundAfter() {
        OpeningCalendar calendar = khunjerab();
        assertThat(calendar.isOpen(LocalDate.of(2019, 1, 15))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2019, 3, 31))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2019, 4, 1))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 11, 30))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 12, 2))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2025, 1, 15))).isTrue();
        assertThat(calendar.isSeasonal()).isTrue();
    }

    @Test
    void aLaterRuleOverridesAnEarlierOneOnlyWhereBothApply() {
        OpeningCalendar calendar = new OpeningCalendar(List.of(
                rule("1985-01", null, aprilToNovember()),
                rule("2020-04", "2023-03", EnumSet.noneOf(Month.class))));
        assertThat(calendar.isOpen(LocalDate.of(2019, 6, 1))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2021, 6, 1))).as("closed by the later rule").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2023, 6, 1))).as("the earlier rule applies again").isTrue();
        assertThat(calendar.ruleOn(LocalDate.of(2021, 6, 1))).hasValueSatisfying(
                r -> assertThat(r.from()).isEqualTo(YearMonth.of(2020, 4)));
    }

    @Test
    void withoutRulesOrOutsideEveryRuleThePlaceIsOpen() {
        assertThat(OpeningCalendar.ALWAYS_OPEN.isOpen(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(OpeningCalendar.ALWAYS_OPEN.isSeasonal()).isFalse();
        OpeningCalendar calendar = khunjerab();
        assertThat(calendar.ruleOn(LocalDate.of(1970, 1, 1))).isEmpty();
        assertThat(calendar.isOpen(LocalDate.of(1970, 1, 1))).isTrue();
    }

    @Test
    void aYearRoundCalendarIsNotSeasonal() {
        assertThat(new OpeningCalendar(List.of(rule("2024-12", null, EnumSet.allOf(Month.class)))).isSeasonal())
                .isFalse();
    }

    @Test
    void aDayRangeOverridesTheSeasonOnlyOnItsDays() {
        OpeningCalendar calendar = new OpeningCalendar(List.of(
                rule("1985-01", "2024-11", aprilToNovember()),
                new OpeningRule(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 16), EnumSet.of(Month.JANUARY),
                        Set.of(), SOURCE)));
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 2))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 16))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 17))).as("the temporary opening has ended").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 25))).isFalse();
        assertThat(calendar.ruleOn(LocalDate.of(2024, 1, 25))).hasValueSatisfying(
                r -> assertThat(r.fromText()).isEqualTo("1985-01"));
        assertThat(calendar.ruleOn(LocalDate.of(2024, 1, 5))).hasValueSatisfying(
                r -> assertThat(r.fromText() + "/" + r.toText()).isEqualTo("2024-01-02/2024-01-16"));
    }

    @Test
    void weeklyClosingDaysCloseTheOpenSeasonAndTheNextOpenDayIsFound() {
        OpeningCalendar calendar = new OpeningCalendar(List.of(new OpeningRule(LocalDate.of(2024, 12, 1), null,
                EnumSet.allOf(Month.class), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), SOURCE)));
        LocalDate friday = LocalDate.of(2025, 1, 17);
        assertThat(calendar.isOpen(friday)).isTrue();
        assertThat(calendar.isOpen(friday.plusDays(1))).isFalse();
        assertThat(calendar.isOpen(friday.plusDays(2))).isFalse();
        assertThat(calendar.nextOpenDay(friday.plusDays(1), 6)).contains(friday.plusDays(3));
        assertThat(calendar.nextOpenDay(friday.plusDays(1), 1)).isEmpty();
        assertThat(calendar.isSeasonal()).as("weekly closures make a calendar seasonal").isTrue();
    }

    // ---- properties ----

    @Provide
    Arbitrary<OpeningRule> rules() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(0, 600).map(i -> YearMonth.of(1980, 1).plusMonths(i));
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 240);
        Arbitrary<Set<Month>> open = Arbitraries.of(Month.class).set().ofMaxSize(12)
                .map(s -> s.isEmpty() ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(s));
        Arbitrary<Boolean> openEnded = Arbitraries.of(true, false);
        return Combinators.combine(months, lengths, open, openEnded)
                .as((from, length, months2, endless) -> new OpeningRule(from, endless ? null : from.plusMonths(length),
                        months2, SOURCE));
    }

    @Property
    void theOrderRulesAreGivenInDoesNotMatterWhenTheyStartInDifferentMonths(
            @ForAll @Size(max = 6) List<@From("rules") OpeningRule> rules, @ForAll @IntRange(max = 700) int offset) {
        List<OpeningRule> distinct = distinctStarts(rules);
        List<OpeningRule> shuffled = new ArrayList<>(distinct);
        Collections.reverse(shuffled);
        LocalDate day = YearMonth.of(1980, 1).plusMonths(offset).atDay(15);
        assertThat(new OpeningCalendar(shuffled).isOpen(day)).isEqualTo(new OpeningCalendar(distinct).isOpen(day));
    }

    @Property
    void theRuleInForceIsTheLatestStartingRuleThatCoversTheMonth(
            @ForAll @Size(max = 6) List<@From("rules") OpeningRule> rules, @ForAll @IntRange(max = 700) int offset) {
        List<OpeningRule> distinct = distinctStarts(rules);
        YearMonth month = YearMonth.of(1980, 1).plusMonths(offset);
        OpeningRule expected = distinct.stream().filter(r -> r.covers(month))
                .max((a, b) -> a.from().compareTo(b.from())).orElse(null);
        assertThat(new OpeningCalendar(distinct).ruleOn(month.atDay(1)).orElse(null)).isEqualTo(expected);
        boolean open = expected == null || expected.openMonths().contains(month.getMonth());
        assertThat(new OpeningCalendar(distinct).isOpen(month.atDay(1))).isEqualTo(open);
    }

    @Property
    void anOpenEndedYearRoundRuleOpensEveryLaterMonth(@ForAll @Size(max = 6) List<@From("rules") OpeningRule> rules,
                                                     @ForAll @IntRange(max = 120) int monthsAfter) {
        YearMonth start = YearMonth.of(2031, 1);
        List<OpeningRule> withYearRound = new ArrayList<>(distinctStarts(rules).stream()
                .filter(r -> r.from().isBefore(start)).toList());
        withYearRound.add(new OpeningRule(start, null, EnumSet.allOf(Month.class), SOURCE));
        assertThat(new OpeningCalendar(withYearRound).isOpen(start.plusMonths(monthsAfter).atDay(10))).isTrue();
    }

    /** Keeps the first rule of each start month, so that "latest start" is unambiguous. */
    private static List<OpeningRule> distinctStarts(List<OpeningRule> rules) {
        List<OpeningRule> result = new ArrayList<>();
        for (OpeningRule rule : rules) {
            if (result.stream().noneMatch(r -> r.from().equals(rule.from()))) {
                result.add(rule);
            }
        }
        return result;
    }
}
