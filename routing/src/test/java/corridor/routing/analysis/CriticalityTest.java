package corridor.routing.analysis;

import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CriticalityTest {

    @Test
    void ranksLinksByExtraTimeAndNamesPairsCutOff() {
        // losing de cuts a–e off; losing ab or bd sends traffic by rail
        Net net = Net.diamondWithSpur();
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
    }
}
