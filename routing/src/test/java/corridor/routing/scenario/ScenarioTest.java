package corridor.routing.scenario;

import corridor.model.InputException;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.io.ScenarioReader;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScenarioTest {

    private static final RouteQuery A_TO_D = RouteQuery.of("a", "d", LocalDate.of(2024, 7, 1), Cargo.tonnes(10));

    @Test
    void closingALinkReroutesAndReportsTheDifference() {
        Scenario scenario = ScenarioReader.parse("""
                name: road bd closed
                links:
                  - id: bd
                    close: true
                """, "test.yaml");

        ScenarioComparison result = ScenarioComparison.run(scenario, Net.diamond().dataset(), A_TO_D,
                RoutingParameters.defaults(Net.REFERENCE), "test.yaml");

        assertThat(result.before().route().linkIds()).containsExactly("ab", "bd");
        assertThat(result.after().route().linkIds()).containsExactly("ac", "cd");
        assertThat(result.difference().orElseThrow().hours()).isEqualTo(3.5, within(1e-9));
        assertThat(result.costComparable()).isTrue();
    }

    @Test
    void openingAPlannedLinkAndSpeedingUpAProjectFromJson() {
        Net net = Net.diamond();
        net.link("ad-new", Mode.ROAD, "a", "d", 150, null, LinkStatus.PLANNED, List.of());
        Scenario opened = ScenarioReader.parse(new StringReader("""
                {"name": "new road", "links": [{"id": "ad-new", "status": "existing", "speed_kmh": 100}]}
                """), "open.json");

        ScenarioComparison result = ScenarioComparison.run(opened, net.dataset(), A_TO_D,
                RoutingParameters.defaults(Net.REFERENCE), "open.json");

        assertThat(result.after().route().linkIds()).containsExactly("ad-new");
        assertThat(result.after().route().totals().hours()).isEqualTo(1.5, within(1e-9));
        assertThat(result.applied().changes()).contains("ad-new: status planned → existing",
                "ad-new: speed mode default → 100 km/h");
    }

    @Test
    void halvingAnUnknownDwellHalvesTheDefaultAndSaysSo() {
        Net net = Net.throughAHub();
        Scenario halved = ScenarioReader.parse("name: halved\nplaces:\n  - id: h\n    dwell_factor: 0.5\n", "h.yaml");

        ScenarioComparison result = ScenarioComparison.run(halved, net.dataset(),
                RouteQuery.of("a", "z", LocalDate.of(2024, 7, 1), Cargo.tonnes(1)), RoutingParameters.defaults(Net.REFERENCE),
                "h.yaml");

        assertThat(result.difference().orElseThrow().hours()).isEqualTo(-12.0, within(1e-9));
        assertThat(result.applied().changes()).containsExactly("h: dwell default 24 h × 0.50 = 12 h");
        // The hub's handling cost is unknown on both sides: the cost totals are lower bounds.
        assertThat(result.costComparable()).isFalse();
    }

    @Test
    void closingAPlaceCutsTheRoutesThroughIt() {
        Scenario closed = ScenarioReader.parse("name: b closed\nplaces:\n  - id: b\n    close: true\n", "b.yaml");

        ScenarioComparison result = ScenarioComparison.run(closed, Net.diamond().dataset(), A_TO_D,
                RoutingParameters.defaults(Net.REFERENCE), "b.yaml");

        assertThat(result.after().route().placeIds()).doesNotContain("b");
    }

    @Test
    void changesTheDatasetCannotTakeAreInputErrorsNamingTheField() {
        var parameters = RoutingParameters.defaults(Net.REFERENCE);
        var dataset = Net.diamond().dataset();

        Scenario unknownLink = ScenarioReader.parse("name: x\nlinks:\n  - id: nope\n    close: true\n", "s.yaml");
        assertThatThrownBy(() -> AppliedScenario.apply(unknownLink, dataset, parameters, "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("links[0].id").hasMessageContaining("nope");
        Scenario noDesign = ScenarioReader.parse("name: x\nlinks:\n  - id: ab\n    use_design_speed: true\n", "s.yaml");
        assertThatThrownBy(() -> AppliedScenario.apply(noDesign, dataset, parameters, "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("has no design speed");
    }
}
