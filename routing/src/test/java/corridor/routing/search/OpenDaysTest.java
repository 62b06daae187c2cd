package corridor.routing.search;

import corridor.model.network.Mode;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDaysTest {

    /** Open April to November from 2024, closed at weekends from December 2024: a pass and a crossing with it. */
    private static final OpeningCalendar CALENDAR = new OpeningCalendar(List.of(
            new OpeningRule(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30),
                    EnumSet.range(Month.APRIL, Month.NOVEMBER), EnumSet.noneOf(DayOfWeek.class), Net.P),
            new OpeningRule(LocalDate.of(2024, 12, 1), null, EnumSet.allOf(Month.class),
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Net.P)));

    @Test
    void answersAsTheCalendarWhateverTheOrderOfTheQuestions() {
        Net net = new Net().city("a", 0, 0).border("k", 0, 0.5, 2.0, null, CALENDAR).border("p", 0, 1.5, 1.0, null, CALENDAR)
                .city("z", 0, 1.0).link("ak", Mode.ROAD, "a", "k", 100).link("kz", Mode.ROAD, "k", "z", 100)
                .link("zp", Mode.ROAD, "z", "p", 100);
        RoutingGraph graph = net.graph(corridor.routing.graph.NetworkFilter.EXISTING);
        int[] borders = {graph.placeIndex("k"), graph.placeIndex("p")};
        LocalDate departure = LocalDate.of(2024, 2, 1);
        OpenDays days = new OpenDays(graph);

        // forwards, backwards and again, past the days a node's table holds (computed each time there)
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < 1400; i++) {
                int day = pass == 1 ? 1399 - i : i;
                for (int node : borders) {
                    assertThat(days.waitDays(node, departure.toEpochDay() + day)).as("day %d, pass %d", day, pass)
                            .isEqualTo(expected(departure.plusDays(day)));
                }
            }
        }
    }

    /** The rules of {@link Step} on a border: open, closed for the season, or a weekend to wait out. */
    private static int expected(LocalDate day) {
        if (CALENDAR.isOpen(day)) {
            return 0;
        }
        if (day.isBefore(LocalDate.of(2024, 12, 1))) {
            return OpenDays.CLOSED; // out of season
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1;
    }
}
