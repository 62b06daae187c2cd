package corridor.routing.matrix;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;
import corridor.routing.testing.Net;
import corridor.routing.testing.RoadHierarchyNetworks;
import corridor.routing.testing.RoadNetworks;
import corridor.routing.testing.Weightings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Routes answered through {@link HierarchyRoutes} against the A* router's for the same queries, in the
 * manner of GraphHopper's RandomizedRoutingTest: random pairs, every objective and a blend, random
 * vehicles and tonnages, on the built-in network in July and in January (Khunjerab and the passes
 * closed: the calendar fallback must answer) and on generated road networks (one with turn
 * restrictions, one of towns, roads and motorways). A hierarchy answer must be the router's route: the same legs, totals within 1e-7
 * relative, the same access exclusions; a fallback must be the router's answer itself. The seed is
 * printed in every failure; replay one with {@code -Dcorridor.routes.seed=SEED}.
 */
class RouteHierarchyRandomizedTest {

    private static final long SEED = Long.getLong("corridor.routes.seed", System.nanoTime());
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    /** Khunjerab closed (COVID-19, calendars.csv); Babusar Top closed for the winter. */
    private static final LocalDate JANUARY = LocalDate.of(2022, 1, 14);
    /** In Karachi's daytime ban on heavy traffic (2025-12-23 to 2026-02-22): closed hours send routes there to the router. */
    private static final LocalDate BANNED_JANUARY = LocalDate.of(2026, 1, 10);
    private static final int PAIRS = 120;
    /** Relative difference of two paths' weights below which they are one weight (sums in another order). */
    private static final double TIE = 1e-12;
    /** Queries whose two answers are different paths of one weight, by network: printed after the tests. */
    private static final Map<String, Integer> ties = new java.util.concurrent.ConcurrentSkipListMap<>();

    @org.junit.jupiter.api.AfterAll
    static void printTies() {
        System.out.println("RouteHierarchyRandomizedTest seed " + SEED + ": different paths of one weight " + ties);
    }

    @Test
    void builtInNetworkRoutesAreTheRoutersInSummerAndWinter() {
        Dataset dataset = BuiltInDataset.load();
        List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
        vehicles.add(null);
        Map<String, Integer> fallbacks = new TreeMap<>();
        int hierarchy = 0;
        for (LocalDate day : List.of(JULY, JANUARY, BANNED_JANUARY)) {
            RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(day));
            Map<String, Integer> byDay = new TreeMap<>();
            hierarchy += compare(graph, day, vehicles, new Random(SEED + day.toEpochDay()), byDay,
                    "built-in " + day);
            byDay.forEach((reason, n) -> fallbacks.merge(reason, n, Integer::sum));
            if (day.equals(JANUARY)) {
                assertThat(byDay.keySet()).as("January's closed passes send routes to the router (seed " + SEED
                        + "): " + byDay).anyMatch(r -> r.contains("calendar has it closed"));
            }
        }
        assertThat(hierarchy).as("routes the hierarchy answered (seed " + SEED + "), fallbacks " + fallbacks)
                .isGreaterThan(PAIRS);
        assertThat(fallbacks.keySet()).as("fallbacks (seed " + SEED + ")")
                .anyMatch(r -> r.contains("several modes"));
    }

    @Test
    void generatedRoadNetworkRoutesAreTheRouters() {
        int hierarchy = 0;
        for (int side : new int[] {16, 24}) {
            long seed = SEED + side;
            RoutingGraph graph = RoutingGraph.build(RoadNetworks.generated(side, seed), NetworkFilter.EXISTING,
                    RoutingParameters.defaults(JULY));
            Map<String, Integer> fallbacks = new TreeMap<>();
            hierarchy += compare(graph, JULY, classVehicles(), new Random(seed), fallbacks, "generated side " + side);
            assertThat(fallbacks.keySet()).as("a road graph without calendars or access rules (seed " + SEED + ")")
                    .noneMatch(r -> r.contains("calendar") || r.contains("access"));
        }
        assertThat(hierarchy).isPositive();
    }

    @Test
    void roadHierarchyNetworkRoutesAreTheRouters() {
        long seed = SEED + 47;
        RoutingGraph graph = RoutingGraph.build(RoadHierarchyNetworks.dataset(2, 10, seed), NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY));
        Map<String, Integer> fallbacks = new TreeMap<>();
        int hierarchy = compare(graph, JULY, classVehicles(), new Random(seed), fallbacks, "road hierarchy");
        assertThat(hierarchy).as("fallbacks " + fallbacks + " (seed " + SEED + ")").isPositive();
    }

    @Test
    void generatedRoadNetworkWithTurnRestrictionsRoutesAreTheRouters() {
        long seed = SEED + 31;
        RoutingGraph graph = RoutingGraph.build(RoadNetworks.withTurnRestrictions(RoadNetworks.generated(20, seed),
                seed, 30), NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        Map<String, Integer> fallbacks = new TreeMap<>();
        int hierarchy = compare(graph, JULY, classVehicles(), new Random(seed), fallbacks, "generated with turns");
        assertThat(hierarchy).as("fallbacks " + fallbacks + " (seed " + SEED + ")").isPositive();
    }

    /** A vehicle of each class, and the default (null). */
    private static List<Vehicle> classVehicles() {
        List<Vehicle> vehicles = new ArrayList<>();
        for (VehicleClass c : VehicleClass.values()) {
            vehicles.add(new Vehicle(c.code(), c.code(), c, null, null, null, null, null, null, null, Net.P));
        }
        vehicles.add(null);
        return vehicles;
    }

    /**
     * {@link #PAIRS} random queries per weighting through {@link HierarchyRoutes} and the router; the
     * fallbacks counted by reason into {@code fallbacks}. Returns how many the hierarchy answered.
     */
    private static int compare(RoutingGraph graph, LocalDate day, List<Vehicle> vehicles, Random random,
                               Map<String, Integer> fallbacks, String what) {
        HierarchyRoutes routes = new HierarchyRoutes(new MatrixEngine(graph));
        Router router = new Router(graph);
        int hierarchy = 0;
        for (Weights w : Weightings.everyObjectiveAndABlend()) {
            for (int i = 0; i < PAIRS; i++) {
                String from = graph.place(random.nextInt(graph.placeCount())).id();
                String to = graph.place(random.nextInt(graph.placeCount())).id();
                Vehicle vehicle = vehicles.get(random.nextInt(vehicles.size()));
                // one query in ten by several modes: the router's, by the rule
                Set<Mode> modes = random.nextInt(10) == 0 ? EnumSet.of(Mode.ROAD, Mode.RAIL, Mode.SEA) : Set.of(Mode.ROAD);
                RouteQuery q = RouteQuery.of(from, to, day, Cargo.tonnes(1 + random.nextInt(40))).withWeights(w)
                        .withModes(modes).withVehicle(vehicle);
                String where = what + ", " + w + ", " + from + " to " + to + ", vehicle "
                        + (vehicle == null ? "default" : vehicle.id()) + ", modes " + modes
                        + " (replay with -Dcorridor.routes.seed=" + SEED + ")";
                RouteResult answer = routes.route(q, router);
                RouteResult expected = router.route(q);
                if (answer.engine() == RouteEngine.A_STAR) {
                    assertThat(answer.route()).as(where).isEqualTo(expected.route());
                    assertThat(answer.exclusions()).as(where).isEqualTo(expected.exclusions());
                    fallbacks.merge(answer.engineNote(), 1, Integer::sum);
                    continue;
                }
                hierarchy++;
                assertThat(answer.engineNote()).isEmpty();
                assertThat(answer.found()).as(where + ": found").isEqualTo(expected.found());
                double got = weight(w, answer.route().totals());
                double want = weight(w, expected.route().totals());
                assertThat(got).as(where + ": the objective's value").isCloseTo(want, within(tol(want)));
                if (!answer.route().legs().equals(expected.route().legs()) && Math.abs(got - want) <= TIE * Math.max(1, want)) {
                    // two paths of one weight (a risk objective over links without incidents): either is the best
                    ties.merge(what, 1, Integer::sum);
                    continue;
                }
                assertSameRoute(answer, expected, where + ": weight " + got + " against the router's " + want);
            }
        }
        return hierarchy;
    }

    private static double weight(Weights w, Totals t) {
        return w.apply(t.hours(), t.costUsd(), t.co2Kg(), t.risk());
    }

    private static void assertSameRoute(RouteResult answer, RouteResult expected, String where) {
        Totals got = answer.route().totals();
        Totals want = expected.route().totals();
        assertThat(got.distanceKm()).as(where + ": km").isCloseTo(want.distanceKm(), within(tol(want.distanceKm())));
        assertThat(got.hours()).as(where + ": hours").isCloseTo(want.hours(), within(tol(want.hours())));
        assertThat(got.costUsd()).as(where + ": cost").isCloseTo(want.costUsd(), within(tol(want.costUsd())));
        assertThat(got.co2Kg()).as(where + ": CO2").isCloseTo(want.co2Kg(), within(tol(want.co2Kg())));
        assertThat(got.risk()).as(where + ": risk").isCloseTo(want.risk(), within(tol(want.risk())));
        assertThat(answer.route().legs()).as(where + ": legs").isEqualTo(expected.route().legs());
        assertThat(answer.exclusions()).as(where + ": access rules that shaped it").isEqualTo(expected.exclusions());
        // the router's closures are closed places its search reached: none is passed on the route
        List<String> passed = answer.route().placeIds().subList(1, answer.route().placeIds().size() - 1);
        assertThat(expected.closures()).as(where + ": closures").allSatisfy(c ->
                assertThat(passed).doesNotContain(c.placeId()));
    }

    private static double tol(double value) {
        return 1e-7 * Math.max(1, Math.abs(value));
    }
}
