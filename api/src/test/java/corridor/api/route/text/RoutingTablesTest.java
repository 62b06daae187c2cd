package corridor.api.route.text;

import corridor.data.BuiltInDataset;
import corridor.model.network.Mode;
import corridor.routing.analysis.Comparison;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.io.ScenarioReader;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.scenario.ScenarioComparison;
import corridor.routing.search.Router;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text tables of the routing commands. */
class RoutingTablesTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    private static Router builtIn;

    @BeforeAll
    static void load() {
        builtIn = new Router(RoutingGraph.build(BuiltInDataset.load(), NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY_2024)));
    }

    @Test
    void aRouteHasARowPerLegTheTotalAndItsNotesOnce() {
        Route route = builtIn.route(RouteQuery.of("kashgar", "gwadar", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        String table = RouteTable.of(route);

        assertThat(table).startsWith("Kashgar → Gwadar, leaving 2024-07-01, cargo 20t\n")
                .contains("border crossing at Khunjerab").contains("total").contains("arrival 2024-07-");
        assertThat(table.lines().filter(l -> l.startsWith("* values not from the record itself"))).hasSize(1);
    }

    @Test
    void theParetoSetHasARowPerRouteWithThePlacesItPasses() {
        ParetoResult set = builtIn.pareto(RouteQuery.of("kashgar", "jebel-ali", JULY_2024, Cargo.tonnes(20)));

        String table = RouteTable.of(set);

        assertThat(table.lines().filter(l -> l.contains("kashgar >"))).hasSize(set.routes().size());
    }

    @Test
    void theComparisonShowsTheCorridorAndTheSeaRoute() {
        String table = ComparisonTable.of(Comparison.viaSeaports(builtIn,
                RouteQuery.of("kashgar", "jebel-ali", JULY_2024, Cargo.tonnes(20))));

        assertThat(table).contains("Gwadar Port (PK)").contains("Port of Lianyungang (CN)").contains("+?");
    }

    @Test
    void theComparisonInFebruary2024SaysThePassIsClosed() {
        String table = ComparisonTable.of(Comparison.viaSeaports(builtIn,
                RouteQuery.of("kashgar", "jebel-ali", LocalDate.of(2024, 2, 20), Cargo.tonnes(20))));

        assertThat(table).containsPattern("via [^\n]*Gwadar Port").contains("closed on 2024-02-21"); // 19 km/h on the G314's mountain road
    }

    @Test
    void aScenarioPrintsBeforeAfterAndTheDifference() {
        ScenarioComparison closed = ScenarioComparison.run(
                ScenarioReader.parse("name: road bd closed\nlinks:\n  - id: bd\n    close: true\n", "test.yaml"),
                Net.diamond().dataset(), RouteQuery.of("a", "d", JULY_2024, Cargo.tonnes(10)),
                RoutingParameters.defaults(Net.REFERENCE), "test.yaml");

        assertThat(ScenarioTable.of(closed)).contains("BEFORE").contains("AFTER").contains("time +3.5 h")
                .contains("bd: closed");
    }

    @Test
    void aDifferenceOfLowerBoundsIsNotComparable() {
        Net net = Net.throughAHub();
        ScenarioComparison halved = ScenarioComparison.run(
                ScenarioReader.parse("name: halved\nplaces:\n  - id: h\n    dwell_factor: 0.5\n", "h.yaml"), net.dataset(),
                RouteQuery.of("a", "z", JULY_2024, Cargo.tonnes(1)), RoutingParameters.defaults(Net.REFERENCE), "h.yaml");

        assertThat(ScenarioTable.of(halved)).contains("cost not comparable").doesNotContain("cost +0 US$");
    }

    @Test
    void theWaysOutOfAMineralAreaShowTheFirstMileAndTheCostPerTonne() {
        Net net = Net.waysOut();
        RouteQuery template = RouteQuery.of("t", "k", Net.REFERENCE, Cargo.tonnes(10)).withObjective(Objective.COST);
        List<ExportRoutes.Row> rows = ExportRoutes.routes(net.router(), List.of(Net.MINE),
                ExportRoutes.waysOut(net.places, net.links, "PK", "CN"), template, "CN", "k");

        assertThat(ExportRoutesTable.of(rows)).contains("road over X", "sea via P", "T (33 km)", "22.2", "13.6",
                "not routed and its cost is not counted");
    }

    @Test
    void aWayOutWithNoRouteSaysSo() {
        Net net = Net.waysOut();
        net.links.removeIf(l -> l.id().equals("xk"));
        net.link("xk2", Mode.RAIL, "x", "k", 111); // only rail crosses, and the overland way is by road
        RouteQuery template = RouteQuery.of("t", "k", Net.REFERENCE, Cargo.tonnes(10)).withObjective(Objective.COST);
        List<ExportRoutes.Row> rows = ExportRoutes.routes(net.router(), List.of(Net.MINE),
                ExportRoutes.waysOut(net.places, net.links, "PK", "CN"), template, "CN", "k");

        assertThat(ExportRoutesTable.of(rows)).contains("no route");
    }

    @Test
    void criticalityNamesThePairsALinkCutsOff() {
        Net net = Net.diamondWithSpur();
        List<OdPair> pairs = List.of(new OdPair("a", "d", ""), new OdPair("a", "e", ""), new OdPair("b", "d", ""));
        Criticality.Report report = Criticality.rank(net.router(), pairs,
                RouteQuery.of("a", "d", JULY_2024, Cargo.tonnes(1)), Objective.TIME, null);

        String table = CriticalityTable.of(report, 10);

        assertThat(table).contains("extra hours").contains("cuts off a → e");
        assertThat(table.lines().filter(l -> l.matches("\\s+\\d+ .*"))).hasSize(report.impacts().size());
    }
}
