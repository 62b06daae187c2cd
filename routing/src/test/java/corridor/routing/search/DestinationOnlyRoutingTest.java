package corridor.routing.search;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.network.RoadLayer;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixCell;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Streets tagged for access only ({@code hgv=destination}, {@code access=destination}: the layer's
 * goods-destination-only flag) keep heavy vehicles' through traffic off and let a route that starts or ends on
 * them in. The graph, 1 km a step west to east:
 *
 * <pre>
 *   a ── b ┄┄ c ── d        b–c (way 2001) destination only, 1 km
 *    \            /
 *     └──── e ───┘          a–e and e–d, 3 km each
 * </pre>
 */
class DestinationOnlyRoutingTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;

    private static final Dataset LANE = lane();
    private static final RoutingGraph GRAPH = RoutingGraph.build(LANE, NetworkFilter.EXISTING,
            RoutingParameters.defaults(Net.REFERENCE));
    private static final Vehicle CAR = new Vehicle("car", "car", VehicleClass.CAR, 1.5, null, 1.6, null, 4.5, null,
            null, Net.P);

    private static RouteQuery truck(String from, String to) {
        return RouteQuery.of(from, to, Net.REFERENCE, Cargo.tonnes(20)).withModes(Set.of(Mode.ROAD))
                .withVehicle(Vehicle.unspecifiedTruck());
    }

    @Test
    void aTruckPassingThroughTakesTheLongWayAndSaysWhichStreetKeptItOff() {
        RouteResult through = new Router(GRAPH).route(truck("a", "d"));

        assertThat(through.route().linkIds()).containsExactly("osm-s3", "osm-s4");
        assertThat(through.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("osm:destination (way 2001)");
            assertThat(e.reason()).contains("no through traffic");
            assertThat(e.shaped()).isTrue();
        });
    }

    @Test
    void aCarPassesThroughTheLane() {
        RouteResult car = new Router(GRAPH).route(truck("a", "d").withVehicle(CAR));

        assertThat(car.route().linkIds()).containsExactly("osm-s0", "osm-s1", "osm-s2");
    }

    @Test
    void aTruckDeliveringToTheLaneOrLeavingItUsesIt() {
        Router router = new Router(GRAPH);

        assertThat(router.route(truck("a", "c")).route().linkIds()).containsExactly("osm-s0", "osm-s1");
        assertThat(router.route(truck("c", "d")).route().linkIds()).containsExactly("osm-s2");
        assertThat(router.route(truck("b", "d")).route().linkIds()).containsExactly("osm-s1", "osm-s2");
    }

    @Test
    void theHierarchyAndTheMatrixGiveTheRoutersAnswers() {
        Router router = new Router(GRAPH);
        MatrixEngine engine = new MatrixEngine(GRAPH);
        HierarchyRoutes routes = new HierarchyRoutes(engine);
        List<String> ids = List.of("a", "b", "c", "d", "e");
        for (String from : ids) {
            for (String to : ids) {
                if (from.equals(to)) {
                    continue;
                }
                RouteResult expected = router.route(truck(from, to));
                RouteResult answer = routes.route(truck(from, to), router);
                assertThat(answer.route().totals().hours()).as(from + " → " + to)
                        .isCloseTo(expected.route().totals().hours(), within(1e-9));
                assertThat(answer.route().linkIds()).as(from + " → " + to).isEqualTo(expected.route().linkIds());
            }
        }
        assertThat(routes.route(truck("a", "e"), router).engine()).as("no end on the lane")
                .isEqualTo(RouteEngine.HIERARCHY);
        TravelMatrix matrix = engine.compute(truck("a", "d"), ids, ids, router);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = 0; j < ids.size(); j++) {
                MatrixCell cell = matrix.cell(i, j);
                double expected = i == j ? 0
                        : router.route(truck(ids.get(i), ids.get(j))).route().totals().hours();
                assertThat(cell.hours()).as(ids.get(i) + " → " + ids.get(j)).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static Dataset lane() {
        double km = 1 / 111.195;
        double[][] at = {{0, 0}, {0, km}, {0, 2 * km}, {0, 3 * km}, {-km, 1.5 * km}};
        RoadLayer.Builder builder = new RoadLayer.Builder();
        for (double[] p : at) {
            builder.junction(33 + p[0], 73 + p[1]);
        }
        double[] lengthsM = {1000, 1000, 1000, 3000, 3000};
        int[][] built = {{A, B}, {B, C}, {C, D}, {A, E}, {E, D}};
        for (int s = 0; s < built.length; s++) {
            int flags = s == 1 ? RoadLayer.GOODS_DESTINATION_ONLY : 0;
            builder.segment(built[s][0], built[s][1], 2000 + s, lengthsM[s], 50, flags,
                    RoadLayer.HIGHWAY_CLASSES.indexOf("residential"), Float.NaN, Float.NaN, "", "street " + s,
                    new double[0], new double[0], 0);
        }
        String[] ids = {"a", "b", "c", "d", "e"};
        int[] junctions = {A, B, C, D, E};
        RoadLayer roads = builder.build(new RoadLayer.Origin("osm-test", "test.osm.pbf", "", null,
                RoadLayer.Origin.ODBL)).withJoins(ids, junctions, new float[ids.length]);
        List<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            places.add(new Place(ids[i], ids[i].toUpperCase(Locale.ROOT), List.of(), PlaceKind.CITY,
                    new GeoPoint(roads.junctionLat(junctions[i]), roads.junctionLon(junctions[i])), "PK", "", null,
                    null, Net.P));
        }
        Map<Mode, ModeDefaults> defaults = Map.of(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.1, 2024, 0.1, Net.P));
        return new Dataset("lane", List.of(), defaults, places, List.of(), List.of(), List.of(), List.of(),
                List.of(), roads);
    }
}
