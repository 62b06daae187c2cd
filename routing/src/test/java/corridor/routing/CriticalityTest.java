package corridor.routing;

import corridor.model.InputException;
import corridor.model.Mode;
import corridor.model.PlaceKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CriticalityTest {

    @Test
    void ranksLinksByExtraTimeAndNamesPairsCutOff() {
        // The diamond with rail terminals at a and d (no dwell), plus a road spur d–e: losing de cuts
        // a–e off; losing ab or bd sends traffic by rail.
        Net net = new Net().hub("a", PlaceKind.RAIL_TERMINAL, 0, 0, 0.0, 0.0).city("b", 0.5, 0.5).city("c", -0.5, 0.5)
                .hub("d", PlaceKind.RAIL_TERMINAL, 0, 1.0, 0.0, 0.0).city("e", 0, 1.5)
                .link("ab", Mode.ROAD, "a", "b", 100).link("bd", Mode.ROAD, "b", "d", 100)
                .link("ac", Mode.RAIL, "a", "c", 150).link("cd", Mode.RAIL, "c", "d", 150)
                .link("de", Mode.ROAD, "d", "e", 60);
        List<OdPair> pairs = List.of(new OdPair("a", "d", ""), new OdPair("a", "e", ""), new OdPair("b", "d", ""));
        List<int[]> progress = new ArrayList<>();

        Criticality.Report report = Criticality.rank(net.router(), pairs,
                RouteQuery.of("a", "d", LocalDate.of(2024, 7, 1), Cargo.tonnes(1)), Objective.TIME,
                (done, total) -> progress.add(new int[] {done, total}));

        assertThat(report.impacts().get(0).link().id()).isEqualTo("de");
        assertThat(report.impacts().get(0).cutOff()).containsExactly(pairs.get(1));
        // Losing bd: a–d and a–e go by rail (+3.5 h each); b–d goes back through a (2 h + 7.5 h against 2 h).
        Criticality.LinkImpact bd = report.impacts().stream().filter(i -> i.link().id().equals("bd")).findFirst()
                .orElseThrow();
        assertThat(bd.extra()).isEqualTo(3.5 + 3.5 + 7.5, within(1e-9));
        assertThat(report.impacts().get(1).link().id()).isEqualTo("bd");
        assertThat(report.impacts()).extracting(i -> i.link().id()).doesNotContain("ac", "cd");
        assertThat(progress).hasSize(3).allMatch(p -> p[1] == 3);
        assertThat(report.table(10)).contains("cuts off a → e");
    }

    @Test
    void readsPairsFromCsvAndRejectsBadOnes() {
        List<OdPair> pairs = OdPair.parseCsv("from,to,note\nkashgar,gwadar,\"north, to south\"\na,b,\n", "pairs.csv");

        assertThat(pairs).containsExactly(new OdPair("kashgar", "gwadar", "north, to south"), new OdPair("a", "b", ""));
        assertThatThrownBy(() -> OdPair.parseCsv("from,too\na,b\n", "pairs.csv")).isInstanceOf(InputException.class)
                .hasMessageContaining("pairs.csv, too: unknown column");
        assertThatThrownBy(() -> OdPair.parseCsv("from,to\na,\n", "pairs.csv")).isInstanceOf(InputException.class)
                .hasMessageContaining("pairs.csv line 2");
    }
}
