package corridor.routing.matrix;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.vehicle.Vehicle;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;
import corridor.routing.testing.RoadNetworks;
import corridor.routing.testing.Weightings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Matrix cells against the A* router's route totals for the same pairs: random rows and columns on
 * the built-in network (summer and winter, when the calendars of Khunjerab and the passes send cells to
 * the router, with each vehicle) and on generated road graphs, for every objective and a blend. The seed is printed in
 * every failure; replay one with {@code -Dcorridor.matrix.seed=SEED}.
 */
class MatrixRandomizedTest {

    private static final long SEED = Long.getLong("corridor.matrix.seed", System.nanoTime());
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    /** Khunjerab closed (COVID-19, calendars.csv); Babusar Top closed for the winter. */
    private static final LocalDate JANUARY = LocalDate.of(2022, 1, 14);

    private static List<Weights> weightings() {
        return Weightings.everyObjectiveAndABlend();
    }

    @Test
    void builtInNetworkCellsEqualTheRoutersTotals() {
        Dataset dataset = BuiltInDataset.load();
        Random random = new Random(SEED);
        int cells = 0;
        long calendarFallbacks = 0;
        for (LocalDate day : List.of(JULY, JANUARY)) {
            RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(day));
            MatrixEngine engine = new MatrixEngine(graph);
            Router router = new Router(graph);
            List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
            vehicles.add(null);
            for (Weights w : weightings()) {
                Vehicle vehicle = vehicles.get(random.nextInt(vehicles.size()));
                RouteQuery template = template(graph, day, w, Mode.ROAD, vehicle);
                List<String> from = randomPlaces(graph, random, 12, false);
                List<String> to = randomPlaces(graph, random, 12, false);
                TravelMatrix matrix = engine.compute(template, from, to, router);
                assertThat(matrix.hierarchy()).isTrue();
                cells += compare(matrix, router, template, "built-in " + day + ", " + w + ", vehicle "
                        + (vehicle == null ? "default" : vehicle.id()));
                calendarFallbacks += matrix.cells().stream().flatMap(List::stream)
                        .filter(c -> c.note().contains("calendar")).count();
            }
        }
        assertThat(cells).isEqualTo(2 * weightings().size() * 144);
        // July's weekend closings at Khunjerab and January's closed passes: some cells went to the router, saying why
        assertThat(calendarFallbacks).as("cells the calendar sent to the router (seed " + SEED + ")").isPositive();
    }

    @Test
    void generatedRoadGraphCellsEqualTheRoutersTotals() {
        int cells = 0;
        for (int side : new int[] {18, 26}) {
            long seed = SEED + side;
            RoutingGraph graph = RoutingGraph.build(RoadNetworks.generated(side, seed), NetworkFilter.EXISTING,
                    RoutingParameters.defaults(JULY));
            MatrixEngine engine = new MatrixEngine(graph);
            Router router = new Router(graph);
            Random random = new Random(seed);
            for (Weights w : weightings()) {
                RouteQuery template = template(graph, JULY, w, Mode.ROAD, null);
                TravelMatrix matrix = engine.compute(template, randomPlaces(graph, random, 15, true),
                        randomPlaces(graph, random, 10, true), router);
                assertThat(matrix.routerCells()).as("a road graph without calendars needs no router").isZero();
                cells += compare(matrix, router, template, "generated side " + side + ", " + w);
            }
        }
        assertThat(cells).isEqualTo(2 * weightings().size() * 150);
    }

    @Test
    void generatedRoadGraphWithTurnRestrictionsCellsEqualTheRoutersTotalsForEachVehicleClass() {
        int cells = 0;
        long seed = SEED + 31;
        RoutingGraph graph = RoutingGraph.build(RoadNetworks.withTurnRestrictions(RoadNetworks.generated(20, seed),
                seed, 30), NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        assertThat(graph.placeCount()).as("junctions split by the restrictions").isGreaterThan(400);
        MatrixEngine engine = new MatrixEngine(graph);
        Router router = new Router(graph);
        Random random = new Random(seed);
        for (corridor.model.vehicle.VehicleClass c : corridor.model.vehicle.VehicleClass.values()) {
            Vehicle vehicle = new Vehicle(c.code(), c.code(), c, null, null, null, null, null, null, null,
                    corridor.routing.testing.Net.P);
            for (Weights w : List.of(Objective.TIME.weights(), Objective.COST.weights())) {
                RouteQuery template = template(graph, JULY, w, Mode.ROAD, vehicle);
                // junctions as ends: routes may end at a split junction's copies
                TravelMatrix matrix = engine.compute(template, randomPlaces(graph, random, 12, true),
                        randomPlaces(graph, random, 12, true), router);
                assertThat(matrix.routerCells()).isZero();
                cells += compare(matrix, router, template, "generated with turns, " + c + ", " + w);
            }
        }
        assertThat(cells).isEqualTo(3 * 2 * 144);
    }

    @Test
    void severalModesAreTheRoutersWithTheReasonAndStillEqualIt() {
        RoutingGraph graph = RoutingGraph.build(BuiltInDataset.load(), NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY));
        Router router = new Router(graph);
        RouteQuery template = template(graph, JULY, Objective.TIME.weights(), Mode.ROAD, null)
                .withModes(EnumSet.of(Mode.ROAD, Mode.RAIL, Mode.SEA));
        Random random = new Random(SEED + 99);
        TravelMatrix matrix = new MatrixEngine(graph).compute(template, randomPlaces(graph, random, 6, false),
                randomPlaces(graph, random, 6, false), router);
        assertThat(matrix.hierarchy()).isFalse();
        assertThat(matrix.cells().stream().flatMap(List::stream))
                .allSatisfy(c -> {
                    assertThat(c.method()).isEqualTo(MatrixCell.Method.ROUTER);
                    assertThat(c.note()).contains("several modes");
                });
        compare(matrix, router, template, "several modes");
    }

    @Test
    void aMatrixOverTheLimitIsRefusedNamingIt() {
        RoutingGraph graph = RoutingGraph.build(BuiltInDataset.load(), NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY));
        MatrixEngine engine = new MatrixEngine(graph);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(graph.place(i % graph.placeCount()).id());
        }
        RouteQuery template = template(graph, JULY, Objective.TIME.weights(), Mode.ROAD, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.compute(template, many, many, new Router(graph)))
                .hasMessageContaining("at most " + MatrixEngine.MAX_CELLS);
        RouteQuery multi = template.withModes(EnumSet.of(Mode.ROAD, Mode.RAIL));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.compute(multi, many.subList(0, 21),
                many.subList(0, 20), new Router(graph))).hasMessageContaining("at most " + MatrixEngine.MAX_ROUTER_CELLS);
    }

    private static RouteQuery template(RoutingGraph graph, LocalDate day, Weights w, Mode mode, Vehicle vehicle) {
        return RouteQuery.of(graph.place(0).id(), graph.place(0).id(), day, Cargo.tonnes(20)).withWeights(w)
                .withModes(Set.of(mode)).withVehicle(vehicle);
    }

    /** {@code count} random places (with repeats), the dataset's or the generated junctions. */
    private static List<String> randomPlaces(RoutingGraph graph, Random random, int count, boolean junctions) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Place p = graph.place(random.nextInt(graph.placeCount()));
            ids.add(p.id());
        }
        return ids;
    }

    /** Every cell against the router's route for its pair; returns the cells compared. */
    private static int compare(TravelMatrix matrix, Router router, RouteQuery template, String what) {
        int compared = 0;
        for (int i = 0; i < matrix.from().size(); i++) {
            for (int j = 0; j < matrix.to().size(); j++) {
                MatrixCell cell = matrix.cell(i, j);
                String where = what + ", from " + matrix.from().get(i).id() + " to " + matrix.to().get(j).id()
                        + " (" + cell.method() + ", replay with -Dcorridor.matrix.seed=" + SEED + ")";
                RouteResult result = router.route(template.withEnds(matrix.from().get(i).id(), matrix.to().get(j).id()));
                compared++;
                assertThat(cell.reachable()).as(where + ": reachable").isEqualTo(result.found());
                if (!result.found()) {
                    assertThat(cell.hours()).as(where).isNaN();
                    continue;
                }
                Totals t = result.route().totals();
                Weights w = template.weights();
                double routerValue = w.apply(t.hours(), t.costUsd(), t.co2Kg(), t.risk());
                assertThat(cell.hours()).as(where + ": hours").isCloseTo(t.hours(), within(tol(t.hours())));
                assertThat(cell.distanceKm()).as(where + ": km").isCloseTo(t.distanceKm(), within(tol(t.distanceKm())));
                assertThat(cell.costUsd()).as(where + ": cost").isCloseTo(t.costUsd(), within(tol(t.costUsd())));
                assertThat(cell.co2Kg()).as(where + ": CO2").isCloseTo(t.co2Kg(), within(tol(t.co2Kg())));
                assertThat(routerValue).as(where + ": the router's value").isNotNaN();
            }
        }
        return compared;
    }

    private static double tol(double value) {
        return 1e-7 * Math.max(1, Math.abs(value));
    }
}
