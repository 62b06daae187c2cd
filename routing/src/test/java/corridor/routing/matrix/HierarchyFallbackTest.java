package corridor.routing.matrix;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.ObservedTimes;
import corridor.model.network.ObservedTimes.Kind;
import corridor.model.network.ObservedTimes.Observation;
import corridor.model.vehicle.Vehicle;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that send a whole query to the A* router, for routes and matrices alike: observed times
 * for the month of departure (link times only for heavy transport), a risk ceiling, several modes.
 */
class HierarchyFallbackTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final Dataset DATASET = BuiltInDataset.load();
    /** The KKH's Sost-Gilgit link observed slower than the model in July 2025. */
    private static final ObservedTimes OBSERVED = ObservedTimes.builder("test", false)
            .add(Kind.LINK, "kkh-sost-gilgit", new Observation(30, 40, 5, YearMonth.of(2025, 7))).build();

    private static RouteQuery query(LocalDate day) {
        return RouteQuery.of("kashgar", "islamabad", day, Cargo.tonnes(20)).withModes(Set.of(Mode.ROAD));
    }

    @Test
    void observedTimesForTheMonthSendRoutesAndMatricesToTheRouterWhichUsesThem() {
        RoutingGraph graph = RoutingGraph.build(DATASET, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        Router router = new Router(graph);
        MatrixEngine engine = new MatrixEngine(graph);
        RouteQuery observed = query(JULY).withObserved(OBSERVED);

        RouteResult route = new HierarchyRoutes(engine).route(observed, router);
        assertThat(route.engine()).isEqualTo(RouteEngine.A_STAR);
        assertThat(route.engineNote()).contains("observed times for 2025-07");
        assertThat(route.route()).isEqualTo(router.route(observed).route());
        assertThat(route.route().totals().hours()).as("the observed 30 h on Sost-Gilgit")
                .isGreaterThan(router.route(query(JULY)).route().totals().hours());

        TravelMatrix matrix = engine.compute(observed, List.of("kashgar"), List.of("islamabad", "sost"), router);
        assertThat(matrix.cells().get(0)).allSatisfy(c -> {
            assertThat(c.method()).isEqualTo(MatrixCell.Method.ROUTER);
            assertThat(c.note()).contains("observed times");
        });
        assertThat(matrix.cell(0, 0).hours()).isEqualTo(route.route().totals().hours());
    }

    @Test
    void observationsOfAnotherMonthOrOfTrucksForACarLeaveTheHierarchy() {
        assertThat(HierarchyFallback.queryReason(query(LocalDate.of(2025, 8, 1)).withObserved(OBSERVED))).isNull();
        Vehicle car = DATASET.vehicles().stream().filter(v -> v.id().equals("car")).findFirst().orElseThrow();
        assertThat(HierarchyFallback.queryReason(query(JULY).withObserved(OBSERVED).withVehicle(car))).isNull();
        ObservedTimes crossing = ObservedTimes.builder("test", false)
                .add(Kind.CROSSING, "khunjerab", new Observation(20, 30, 5, YearMonth.of(2025, 7))).build();
        assertThat(HierarchyFallback.queryReason(query(JULY).withObserved(crossing).withVehicle(car)))
                .as("crossings apply to every vehicle").contains("observed times");
    }

    @Test
    void aRiskCeilingAndSeveralModesAreTheRouters() {
        assertThat(HierarchyFallback.queryReason(query(JULY))).isNull();
        assertThat(HierarchyFallback.queryReason(query(JULY).withRiskCeiling(5.0))).contains("risk ceiling");
        assertThat(HierarchyFallback.queryReason(query(JULY).withModes(Set.of(Mode.ROAD, Mode.RAIL))))
                .contains("several modes");
    }
}
