package corridor.routing.search;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.Cargo;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Turn restrictions on a hand-built crossing: junction C with arms of 1 km to N, E, S and W (segments
 * osm-s0 S→C, osm-s1 C→N, osm-s2 C→E, osm-s3 C→W), and a ring of 3 km roads N–W, N–E, S–E, S–W
 * (osm-s4 to osm-s7), all two-way; places s, w, e, n joined to the arms' ends. Coming north from S,
 * W is a left turn and E a right one.
 */
class TurnRestrictionRoutingTest {

    private static final int S = 0;
    private static final int C = 1;
    private static final int N = 2;
    private static final int E = 3;
    private static final int W = 4;
    private static final int SC = 0;
    private static final int CN = 1;
    private static final int CE = 2;
    private static final int CW = 3;
    private static final int SW = 7;

    @Test
    void noLeftTurnSendsTheRouteRoundTheRingAndSaysWhichRelationAndLinkShapedIt() {
        TurnRestrictions none = TurnRestrictions.NONE;
        TurnRestrictions noLeft = new TurnRestrictions.Builder().add(SC, C, CW, "no_left_turn", 7, 101).build();

        Route free = router(none).route(query("s", "w")).route();
        RouteResult restricted = router(noLeft).route(query("s", "w"));

        // without the restriction: straight through C, left onto C–W (2 km)
        assertThat(free.linkIds()).containsExactly("osm-s0", "osm-s3");
        assertThat(free.totals().distanceKm()).isCloseTo(2, within(1e-6));
        // with it: the 3 km ring road S–W, never the turn at C
        assertThat(restricted.route().linkIds()).containsExactly("osm-s" + SW);
        assertThat(restricted.route().totals().distanceKm()).isCloseTo(3, within(1e-6));
        assertThat(restricted.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.shaped()).isTrue();
            assertThat(e.ruleId()).isEqualTo("osm:restriction (relation 101)");
            assertThat(e.subjectId()).isEqualTo("osm-s0");
            assertThat(e.reason()).contains("no_left_turn onto", "osm-s3", "osm-j1");
        });
        // the other turns at C stay open: S to N goes straight through, and the restriction it met did not shape it
        RouteResult straight = router(noLeft).route(query("s", "n"));
        assertThat(straight.route().linkIds()).containsExactly("osm-s0", "osm-s1");
        assertThat(straight.exclusions()).isEmpty();
    }

    @Test
    void onlyStraightOnForbidsBothTurnsAndTheUTurn() {
        TurnRestrictions only = new TurnRestrictions.Builder().add(SC, C, CN, "only_straight_on", 7, 102).build();
        Router router = router(only);

        assertThat(router.route(query("s", "n")).route().linkIds()).containsExactly("osm-s0", "osm-s1");
        assertThat(router.route(query("s", "e")).route().linkIds()).containsExactly("osm-s6");
        assertThat(router.route(query("s", "w")).route().linkIds()).containsExactly("osm-s7");
        // coming from N the same turns are free: N to W goes through C
        assertThat(router.route(query("n", "w")).route().linkIds()).containsExactly("osm-s1", "osm-s3");
    }

    @Test
    void aRouteStartsAndEndsAtTheViaJunctionWhateverTheRestriction() {
        TurnRestrictions noLeft = new TurnRestrictions.Builder().add(SC, C, CW, "no_left_turn", 7, 101)
                .add(SC, C, CE, "no_right_turn", 7, 103).build();
        Router router = router(noLeft);

        // ending at C along the restricted approach: 1 km
        Route toC = router.route(query("s", "osm-j" + C)).route();
        assertThat(toC.linkIds()).containsExactly("osm-s0");
        assertThat(toC.to().id()).isEqualTo("osm-j" + C);
        assertThat(toC.legs().get(0).reversed()).isFalse();
        // starting at C every way is open: C to W is the 1 km arm, travelled along its geometry
        Route fromC = router.route(query("osm-j" + C, "w")).route();
        assertThat(fromC.linkIds()).containsExactly("osm-s3");
        assertThat(fromC.legs().get(0).reversed()).isFalse();
        // and back to S from C: the arm against its geometry
        Route back = router.route(query("osm-j" + C, "s")).route();
        assertThat(back.linkIds()).containsExactly("osm-s0");
        assertThat(back.legs().get(0).reversed()).isTrue();
    }

    @Test
    void aRestrictionForHeavyVehiclesLeavesCarsTheTurn() {
        TurnRestrictions hgv = new TurnRestrictions.Builder().add(SC, C, CW, "no_left_turn", 4, 104).build();
        Router router = router(hgv);
        Vehicle car = new Vehicle("car", "car", VehicleClass.CAR, 1.5, null, null, null, null, null, null, Net.P);

        assertThat(router.route(query("s", "w")).route().linkIds()).containsExactly("osm-s7");
        RouteResult byCar = router.route(query("s", "w").withVehicle(car));
        assertThat(byCar.route().linkIds()).containsExactly("osm-s0", "osm-s3");
        assertThat(byCar.exclusions()).isEmpty();
    }

    @Test
    void matrixCellsEndAtTheJunctionAsTheRouterDoes() {
        TurnRestrictions noLeft = new TurnRestrictions.Builder().add(SC, C, CW, "no_left_turn", 7, 101).build();
        RoutingGraph graph = graph(noLeft);
        Router router = new Router(graph);
        List<String> to = List.of("w", "osm-j" + C, "e", "n");
        TravelMatrix matrix = new MatrixEngine(graph).compute(query("s", "s"), List.of("s", "osm-j" + C), to, router);

        assertThat(matrix.routerCells()).isZero();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < to.size(); j++) {
                String from = i == 0 ? "s" : "osm-j" + C;
                Route route = router.route(query(from, to.get(j))).route();
                assertThat(matrix.cells().get(i).get(j).distanceKm()).as(from + " to " + to.get(j))
                        .isCloseTo(route.totals().distanceKm(), within(1e-9));
            }
        }
        assertThat(matrix.cells().get(0).get(0).distanceKm()).isCloseTo(3, within(1e-6));
        assertThat(matrix.cells().get(0).get(1).distanceKm()).isCloseTo(1, within(1e-6));
    }

    @Test
    void aRestrictionAtAPlacesJunctionIsCountedAsNotApplied() {
        TurnRestrictions atS = new TurnRestrictions.Builder().add(CN, C, SC, "no_straight_on", 7, 105)
                .add(SW, S, SC, "no_left_turn", 7, 106).build();
        RoutingGraph graph = graph(atS);

        assertThat(graph.turnRestrictionsNotApplied()).isEqualTo(1);
        assertThat(graph.copiesOf(graph.placeIndex("osm-j" + C))).hasSize(1);
    }

    private static RouteQuery query(String from, String to) {
        return RouteQuery.of(from, to, Net.REFERENCE, Cargo.tonnes(20)).withModes(Set.of(Mode.ROAD));
    }

    private static Router router(TurnRestrictions turns) {
        return new Router(graph(turns));
    }

    private static RoutingGraph graph(TurnRestrictions turns) {
        return RoutingGraph.build(crossing(turns), NetworkFilter.EXISTING, RoutingParameters.defaults(Net.REFERENCE));
    }

    /** The crossing of the class comment, with {@code turns}. */
    static Dataset crossing(TurnRestrictions turns) {
        return crossing(turns, Float.NaN);
    }

    /** The crossing of the class comment, with {@code turns} and C–W (osm-s3) tagged {@code maxlength} (NaN: untagged). */
    static Dataset crossing(TurnRestrictions turns, float maxLengthOnCwM) {
        double km = 1 / 111.195;
        double[][] at = {{-km, 0}, {0, 0}, {km, 0}, {0, km}, {0, -km}};
        RoadLayer.Builder builder = new RoadLayer.Builder();
        for (double[] p : at) {
            builder.junction(33 + p[0], 73 + p[1]);
        }
        int[][] segments = {{S, C}, {C, N}, {C, E}, {C, W}, {N, W}, {N, E}, {S, E}, {S, W}};
        for (int s = 0; s < segments.length; s++) {
            double lengthM = s < 4 ? 1000 : 3000;
            builder.segment(segments[s][0], segments[s][1], 1000 + s, lengthM, 50, 0,
                    RoadLayer.HIGHWAY_CLASSES.indexOf("primary"), Float.NaN, Float.NaN, "", "road " + s, new double[0],
                    new double[0], 0);
        }
        builder.setMaxLengthM(CW, maxLengthOnCwM);
        String[] ids = {"e", "n", "s", "w"};
        int[] junctions = {E, N, S, W};
        RoadLayer roads = builder.build(new RoadLayer.Origin("osm-test", "test.osm.pbf", "", null,
                RoadLayer.Origin.ODBL)).withTurnRestrictions(turns).withJoins(ids, junctions, new float[ids.length]);
        List<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            places.add(new Place(ids[i], ids[i].toUpperCase(java.util.Locale.ROOT), List.of(), PlaceKind.CITY,
                    new GeoPoint(roads.junctionLat(junctions[i]), roads.junctionLon(junctions[i])), "PK", "", null,
                    null, Net.P));
        }
        Map<Mode, ModeDefaults> defaults = Map.of(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.1, 2024, 0.1, Net.P));
        return new Dataset("crossing", List.of(), defaults, places, List.of(), List.of(), List.of(), List.of(),
                List.of(), roads);
    }
}
