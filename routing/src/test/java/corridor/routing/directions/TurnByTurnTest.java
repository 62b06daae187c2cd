package corridor.routing.directions;

import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Directions on small hand-built street networks: turn classes, merging by name, forks, roundabouts, links. */
class TurnByTurnTest {

    @Test
    void turnsAreClassedByTheChangeOfBearingWithGraphHoppersThresholds() {
        assertThat(Turn.of(0)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(11)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(12)).isEqualTo(Turn.SLIGHT_RIGHT);
        assertThat(Turn.of(-30)).isEqualTo(Turn.SLIGHT_LEFT);
        assertThat(Turn.of(46)).isEqualTo(Turn.RIGHT);
        assertThat(Turn.of(-90)).isEqualTo(Turn.LEFT);
        assertThat(Turn.of(-103)).isEqualTo(Turn.LEFT);
        assertThat(Turn.of(104)).isEqualTo(Turn.SHARP_RIGHT);
        assertThat(Turn.of(-160)).isEqualTo(Turn.SHARP_LEFT);
        assertThat(Turn.of(175)).isEqualTo(Turn.U_TURN);
        assertThat(Turn.of(-180)).isEqualTo(Turn.U_TURN);
        // bearings wrap: 350° is 10° to the left
        assertThat(Turn.of(350)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(300)).isEqualTo(Turn.LEFT);
        assertThat(Turn.normalize(190)).isCloseTo(-170, within(1e-9));
        assertThat(Turn.normalize(-190)).isCloseTo(170, within(1e-9));
    }

    /**
     * A crossroads: Jinnah Avenue from the west (place A) to the crossing X and on east to place E (two
     * OSM ways of one name), Srinagar Highway (N-5) north to place N, Margalla Road south to place S.
     */
    private static Streets crossroads() {
        Streets s = new Streets();
        int a = s.junction(0, -1000);
        int x = s.junction(0, 0);
        int e = s.junction(0, 1000);
        int n = s.junction(1000, 0);
        int south = s.junction(-1000, 0);
        s.road(a, x, 1, "Jinnah Avenue", "", 0);
        s.road(x, e, 2, "Jinnah Avenue", "", 0);
        s.road(x, n, 3, "Srinagar Highway", "N-5", 0);
        s.road(x, south, 4, "Margalla Road", "", 0);
        s.place("a", a).place("e", e).place("n", n).place("s", south);
        return s;
    }

    @Test
    void aLeftTurnOntoANamedRoadWithItsRef() {
        Directions directions = crossroads().directions("a", "n");

        List<Step> steps = directions.steps();
        assertThat(steps).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.TURN, Maneuver.ARRIVE);
        assertThat(steps.get(0).name()).isEqualTo("Jinnah Avenue");
        assertThat(steps.get(0).headingDegrees()).isCloseTo(90, within(1.0));
        assertThat(steps.get(1).turn()).isEqualTo(Turn.LEFT);
        assertThat(steps.get(1).turnDegrees()).isCloseTo(-90, within(1.0));
        assertThat(steps.get(1).name()).isEqualTo("Srinagar Highway");
        assertThat(steps.get(1).ref()).isEqualTo("N-5");
        assertThat(steps.get(1).wayIds()).containsExactly(3L);
        assertThat(steps.get(1).distanceKm()).isCloseTo(1.0, within(0.01));
        assertThat(steps.get(2).name()).isEqualTo("N");
        assertThat(directions.streetLevel()).isTrue();
        assertThat(directions.roadsImported()).isTrue();
        assertThat(directions.attribution()).isEqualTo(RoadLayer.Origin.ODBL);
    }

    @Test
    void aRightTurnTheOtherWay() {
        List<Step> steps = crossroads().directions("a", "s").steps();
        assertThat(steps.get(1).maneuver()).isEqualTo(Maneuver.TURN);
        assertThat(steps.get(1).turn()).isEqualTo(Turn.RIGHT);
        assertThat(steps.get(1).name()).isEqualTo("Margalla Road");
    }

    @Test
    void twoWaysOfOneNameStraightOnAreOneStep() {
        Directions directions = crossroads().directions("a", "e");

        List<Step> steps = directions.steps();
        assertThat(steps).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.ARRIVE);
        assertThat(steps.get(0).wayIds()).containsExactly(1L, 2L);
        assertThat(steps.get(0).distanceKm()).isCloseTo(directions.legs().get(0).totals().distanceKm(), within(1e-9));
        assertThat(steps.get(0).hours()).isCloseTo(directions.legs().get(0).totals().hours(), within(1e-9));
    }

    @Test
    void aNewNameStraightOnIsAContinue() {
        Streets s = new Streets();
        int a = s.junction(0, 0);
        int b = s.junction(0, 800);
        int c = s.junction(50, 1600);
        int side = s.junction(800, 800);
        s.road(a, b, 1, "Kashmir Highway", "", 0);
        s.road(b, c, 2, "", "N-5", 0);
        s.road(b, side, 3, "Side Street", "", 0);
        s.place("a", a).place("c", c);

        List<Step> steps = s.directions("a", "c").steps();

        assertThat(steps).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.CONTINUE, Maneuver.ARRIVE);
        assertThat(steps.get(1).turn()).isEqualTo(Turn.STRAIGHT);
        assertThat(steps.get(1).ref()).isEqualTo("N-5");
        assertThat(steps.get(1).name()).isEmpty();
    }

    /** A road from the south that forks at F: a branch 20° to the left and one 25° to the right. */
    private static Streets fork() {
        Streets s = new Streets();
        int a = s.junction(-1000, 0);
        int f = s.junction(0, 0);
        int left = s.junction(940, -342);
        int right = s.junction(906, 423);
        s.road(a, f, 1, "Murree Road", "", 0);
        s.road(f, left, 2, "Murree Road", "", 0);
        s.road(f, right, 3, "Airport Road", "", 0);
        s.place("a", a).place("left", left).place("right", right);
        return s;
    }

    @Test
    void atAForkTheStepSaysWhichBranchToKeepTo() {
        List<Step> right = fork().directions("a", "right").steps();
        assertThat(right.get(1).maneuver()).isEqualTo(Maneuver.KEEP_RIGHT);
        assertThat(right.get(1).turn()).isEqualTo(Turn.SLIGHT_RIGHT);
        assertThat(right.get(1).name()).isEqualTo("Airport Road");

        // the branch of the road's own name goes on: no step
        List<Step> left = fork().directions("a", "left").steps();
        assertThat(left).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.ARRIVE);
    }

    @Test
    void aSlightBendOntoAnotherRoadWithoutAForkIsASlightTurnAndASharpOneIsSharp() {
        Streets s = new Streets();
        int a = s.junction(0, 0);
        int b = s.junction(0, 1000);
        int slight = s.junction(500, 1866);
        int sharp = s.junction(-500, 134);
        s.road(a, b, 1, "Club Road", "", 0);
        s.road(b, slight, 2, "Park Road", "", 0);
        s.road(b, sharp, 3, "Service Road", "", 0);
        s.place("a", a).place("slight", slight).place("sharp", sharp);

        Step bend = s.directions("a", "slight").steps().get(1);
        assertThat(bend.maneuver()).isEqualTo(Maneuver.TURN);
        assertThat(bend.turn()).isEqualTo(Turn.SLIGHT_LEFT);
        assertThat(bend.turnDegrees()).isCloseTo(-30, within(1.0));

        Step back = s.directions("a", "sharp").steps().get(1);
        assertThat(back.turn()).isEqualTo(Turn.SHARP_RIGHT);
        assertThat(back.turnDegrees()).isCloseTo(150, within(1.0));
    }

    @Test
    void aTurnThatStaysOnTheSameRoadWhereAnotherGoesOnIsKept() {
        Streets s = new Streets();
        int a = s.junction(0, -1000);
        int x = s.junction(0, 0);
        int e = s.junction(0, 1000);
        int n = s.junction(1000, 0);
        s.road(a, x, 1, "Faisal Avenue", "", 0);
        s.road(x, n, 2, "Faisal Avenue", "", 0);
        s.road(x, e, 3, "Ataturk Avenue", "", 0);
        s.place("a", a).place("n", n);

        List<Step> steps = s.directions("a", "n").steps();

        assertThat(steps).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.TURN, Maneuver.ARRIVE);
        assertThat(steps.get(1).staysOnRoad()).isTrue();
        assertThat(steps.get(1).turn()).isEqualTo(Turn.LEFT);
    }

    /**
     * A roundabout of four one-way segments R0 (south) → R1 (east) → R2 (north) → R3 (west) → R0, with an
     * arm out of each junction; from the south arm to the north arm the route passes the east arm.
     */
    @Test
    void aRoundaboutIsOneStepWithTheNumberOfTheExitTaken() {
        Streets s = new Streets();
        int[] ring = {s.junction(-50, 0), s.junction(0, 50), s.junction(50, 0), s.junction(0, -50)};
        int south = s.junction(-1000, 0);
        int east = s.junction(0, 1000);
        int north = s.junction(1000, 0);
        int west = s.junction(0, -1000);
        for (int k = 0; k < 4; k++) {
            s.road(ring[k], ring[(k + 1) % 4], 10, "Zero Point", "", RoadLayer.ONE_WAY | RoadLayer.ROUNDABOUT);
        }
        s.road(south, ring[0], 1, "Faizabad Road", "", 0);
        s.road(ring[1], east, 2, "East Arm", "", 0);
        s.road(ring[2], north, 3, "Kashmir Highway", "", 0);
        s.road(ring[3], west, 4, "West Arm", "", 0);
        s.place("south", south).place("north", north).place("west", west);

        List<Step> steps = s.directions("south", "north").steps();
        assertThat(steps).extracting(Step::maneuver).containsExactly(Maneuver.DEPART, Maneuver.ROUNDABOUT,
                Maneuver.ARRIVE);
        assertThat(steps.get(1).exit()).isEqualTo(2);
        assertThat(steps.get(1).name()).isEqualTo("Kashmir Highway");
        assertThat(steps.get(1).wayIds()).containsExactly(10L, 3L);

        assertThat(s.directions("south", "west").steps().get(1).exit()).isEqualTo(3);
    }

    @Test
    void withoutStreetsEachCorridorLinkIsOneStepNamedByTheLink() {
        Net net = Net.diamond();
        Dataset dataset = net.dataset();
        Route route = net.router().route(RouteQuery.of("a", "d", Net.REFERENCE, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        Directions directions = new TurnByTurn(dataset.roads()).of(route);

        assertThat(directions.streetLevel()).isFalse();
        assertThat(directions.roadsImported()).isFalse();
        assertThat(directions.attribution()).isEmpty();
        List<Step> steps = directions.steps();
        List<Leg> moves = route.legs().stream().filter(l -> l.kind() == Leg.Kind.MOVE).toList();
        assertThat(steps).hasSize(moves.size() + 1);
        for (int i = 0; i < moves.size(); i++) {
            assertThat(steps.get(i).maneuver()).isEqualTo(Maneuver.FOLLOW);
            assertThat(steps.get(i).name()).isEqualTo(moves.get(i).link().name());
            assertThat(steps.get(i).linkId()).isEqualTo(moves.get(i).link().id());
            assertThat(steps.get(i).towards()).isEqualTo(moves.get(i).to().name());
            assertThat(steps.get(i).distanceKm()).isEqualTo(moves.get(i).totals().distanceKm());
        }
        assertThat(steps.get(steps.size() - 1).maneuver()).isEqualTo(Maneuver.ARRIVE);
        // each link runs between places of the corridor: one corridor leg per move
        assertThat(directions.legs()).hasSize(route.legs().size());
    }

    /** A street network built by hand in metres around 33.7° N, 73.0° E, with places joined to junctions. */
    static final class Streets {
        private static final double LAT = 33.7;
        private static final double LON = 73.0;
        private static final double M_PER_DEG = 111_195;
        private final RoadLayer.Builder builder = new RoadLayer.Builder();
        private final List<double[]> at = new ArrayList<>();
        private final Map<String, Integer> joins = new HashMap<>();

        int junction(double northM, double eastM) {
            double lat = LAT + northM / M_PER_DEG;
            double lon = LON + eastM / (M_PER_DEG * Math.cos(Math.toRadians(LAT)));
            at.add(new double[] {lat, lon});
            return builder.junction(lat, lon);
        }

        Streets road(int from, int to, long way, String name, String ref, int flags) {
            double km = corridor.model.geo.GreatCircle.distanceKm(at.get(from)[0], at.get(from)[1], at.get(to)[0],
                    at.get(to)[1]);
            builder.segment(from, to, way, km * 1000, 50, flags, RoadLayer.HIGHWAY_CLASSES.indexOf("primary"), Float.NaN,
                    Float.NaN, ref, name, new double[0], new double[0], 0);
            return this;
        }

        Streets place(String id, int junction) {
            joins.put(id, junction);
            return this;
        }

        Dataset dataset() {
            List<Place> places = new ArrayList<>();
            String[] ids = joins.keySet().stream().sorted().toArray(String[]::new);
            int[] junctions = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                junctions[i] = joins.get(ids[i]);
                double[] p = at.get(junctions[i]);
                places.add(new Place(ids[i], ids[i].toUpperCase(java.util.Locale.ROOT), List.of(), PlaceKind.CITY,
                        new corridor.model.geo.GeoPoint(p[0], p[1]), "PK", "", null, null, Net.P));
            }
            RoadLayer roads = builder.build(new RoadLayer.Origin("osm-test", "test.osm.pbf", "", null,
                    RoadLayer.Origin.ODBL)).withJoins(ids, junctions, new float[ids.length]);
            Map<Mode, ModeDefaults> defaults = Map.of(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.1, 2024, 0.1, Net.P));
            return new Dataset("streets", List.of(), defaults, places, List.of(), List.of(), List.of(), List.of(),
                    List.of(), roads);
        }

        Directions directions(String from, String to) {
            Dataset dataset = dataset();
            Router router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                    RoutingParameters.defaults(Net.REFERENCE)));
            Route route = router.route(RouteQuery.of(from, to, Net.REFERENCE, Cargo.tonnes(20))).route();
            assertThat(route).as("a route from " + from + " to " + to).isNotNull();
            return new TurnByTurn(dataset.roads()).of(route);
        }
    }
}
