package corridor.routing.search;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Border crossings' truck rules (places.geojson {@code truck_rule}) on the legs of built-in routes (issue 23). */
class TruckRuleRoutingTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 15);
    private static Dataset dataset;
    private static Router router;

    @BeforeAll
    static void load() {
        dataset = BuiltInDataset.load();
        router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY)));
    }

    private static Route byRoad(String from, String to) {
        return router.route(RouteQuery.of(from, to, JULY, Cargo.tonnes(20)).withModes(EnumSet.of(Mode.ROAD))).route();
    }

    private static Leg borderLeg(Route route, String placeId) {
        return route.legs().stream().filter(l -> l.kind() == Leg.Kind.BORDER && l.from().id().equals(placeId))
                .findFirst().orElseThrow(() -> new AssertionError("no border leg at " + placeId + " in " + route.placeIds()));
    }

    @Test
    void kashgarToIslamabadSaysGoodsAreTransshippedAtSostWithTheRuleAndItsSources() {
        Route route = byRoad("kashgar", "islamabad");

        Leg khunjerab = borderLeg(route, "khunjerab");
        assertThat(khunjerab.notes()).filteredOn(n -> n.startsWith("truck rule khunjerab"))
                .singleElement().asString()
                .contains("(transshipment at " + dataset.place("sost").orElseThrow().name() + ")")
                .contains("Chinese container trucks carry between Kashgar and Sost")
                .contains("net23t-tribune-2277608-sost-destuffed")
                .contains("net23t-dawn-1371923-khunjerab-chinese-containers")
                .contains("no transshipment time published");
        // the rule adds no time of its own: the leg takes the crossing's published 2.3 h
        assertThat(khunjerab.totals().hours()).isCloseTo(
                dataset.place("khunjerab").orElseThrow().border().crossingHours(), within(1e-9));
        // only the crossing's leg carries it
        assertThat(route.legs()).filteredOn(l -> l != khunjerab)
                .allSatisfy(l -> assertThat(l.notes()).noneMatch(n -> n.startsWith("truck rule")));
    }

    @Test
    void peshawarToKabulSaysPakistaniTrucksStopAtTorkham() {
        Leg torkham = borderLeg(byRoad("peshawar", "kabul"), "torkham");

        assertThat(torkham.notes()).filteredOn(n -> n.startsWith("truck rule torkham (transshipment at Torkham"))
                .singleElement().asString()
                .contains("Pakistani trucks go no further than the border")
                .contains("net23t-dawn-1365782-afghan-decree");
    }

    @Test
    void aRouteCrossingNoBorderHasNoTruckRuleNote() {
        Route route = byRoad("lahore", "islamabad");

        assertThat(route.legs()).noneMatch(l -> l.kind() == Leg.Kind.BORDER);
        List<String> notes = route.legs().stream().flatMap(l -> l.notes().stream()).toList();
        assertThat(notes).noneMatch(n -> n.contains("truck rule"));
    }
}
