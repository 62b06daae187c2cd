package corridor.routing.search;

import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.ObservedTimes;
import corridor.model.network.ObservedTimes.Kind;
import corridor.model.network.ObservedTimes.Observation;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.TimeSource;
import corridor.routing.testing.Net;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The router on observed times: medians as weights, 95th percentiles summed, the model where nothing was observed. */
class ObservedTimesRoutingTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2024, 7, 1);
    private static final YearMonth JULY = YearMonth.of(2024, 7);

    /** A line a - b - border - c (1 h, 1 h, 2 h at the border, 1 h), and a detour a - d - c by road (6 h). */
    private static Net line() {
        return new Net().city("a", 30, 70).city("b", 30, 70.5).border("x", 30, 71, 2.0, 0.0, null).city("c", 30, 71.5)
                .city("d", 30.5, 71)
                .link("ab", Mode.ROAD, "a", "b", 50).link("bx", Mode.ROAD, "b", "x", 50).link("xc", Mode.ROAD, "x", "c", 50)
                .link("ad", Mode.ROAD, "a", "d", 150).link("dc", Mode.ROAD, "d", "c", 150);
    }

    private static RouteQuery aToC() {
        return RouteQuery.of("a", "c", DEPARTURE, Cargo.tonnes(20)).withModes(EnumSet.of(Mode.ROAD));
    }

    private static ObservedTimes slowBorder(YearMonth month) {
        return ObservedTimes.builder("test", false)
                .add(Kind.CROSSING, "x", new Observation(40, 70, 5, month))
                .add(Kind.LINK, "ab", new Observation(1.5, 2.5, 4, month)).build();
    }

    @Test
    void aSlowObservedCrossingSendsTheRouteRoundItAndTheArrivalShowsBothPercentiles() {
        Router router = line().router();
        Route model = router.route(aToC()).route();
        assertThat(model.linkIds()).containsExactly("ab", "bx", "xc");
        assertThat(model.legs()).allMatch(l -> l.timeSource() == TimeSource.MODEL);
        assertThat(model.p95Hours()).isCloseTo(model.totals().hours(), within(1e-9));

        // only the link observed: the route stays, its leg takes the median and the p95
        ObservedTimes linkOnly = ObservedTimes.builder("test", false)
                .add(Kind.LINK, "ab", new Observation(1.5, 2.5, 4, JULY)).build();
        Route faster = router.route(aToC().withObserved(linkOnly)).route();
        Leg ab = faster.legs().get(0);
        assertThat(faster.linkIds()).containsExactly("ab", "bx", "xc");
        assertThat(ab.totals().hours()).isEqualTo(1.5);
        assertThat(ab.p95Hours()).isEqualTo(2.5);
        assertThat(ab.timeSource().describe()).isEqualTo("observed median, 4 trips, 2024-07");
        assertThat(faster.legs().get(1).timeSource().describe()).isEqualTo("model (nothing observed in 2024-07)");
        assertThat(faster.p95Hours() - faster.totals().hours()).isCloseTo(1, within(1e-9));

        // a 40 h crossing: the detour is faster
        Route round = router.route(aToC().withObserved(slowBorder(JULY))).route();
        assertThat(round.linkIds()).containsExactly("ad", "dc");
        assertThat(round.withObservations()).isTrue();
        assertThat(round.usesObservations()).isFalse();
        // the same state in another month: the model's route
        assertThat(router.route(aToC().withObserved(slowBorder(YearMonth.of(2024, 6)))).route().linkIds())
                .containsExactly("ab", "bx", "xc");
    }

    @Test
    void linkObservationsAreOfTrucksSoACarKeepsTheModelOnLinksButNotAtTheBorder() {
        Net net = line();
        Router router = net.router();
        Vehicle car = new Vehicle("car", "a car", VehicleClass.CAR, null, null, null, null, null, null, null, Net.P);
        ObservedTimes times = ObservedTimes.builder("test", true)
                .add(Kind.CROSSING, "x", new Observation(2.5, 9, 5, JULY))
                .add(Kind.LINK, "ab", new Observation(30, 50, 4, JULY)).build();

        Route route = router.route(aToC().withVehicle(car).withObserved(times)).route();

        assertThat(route.linkIds()).containsExactly("ab", "bx", "xc");
        Leg ab = route.legs().get(0);
        assertThat(ab.timeSource().kind()).isEqualTo(TimeSource.Kind.UNOBSERVED);
        assertThat(ab.timeSource().describe()).contains("not of a car");
        Leg border = route.legs().stream().filter(l -> l.kind() == Leg.Kind.BORDER).findFirst().orElseThrow();
        assertThat(border.totals().hours()).isEqualTo(2.5);
        assertThat(border.timeSource().describe()).isEqualTo("simulated median, 5 trips, 2024-07 (simulated pings, not real trucks)");
        assertThat(route.usesSimulatedObservations()).isTrue();
    }

    /**
     * On random networks with random observations (some far faster than the model, which the A*
     * bound must allow for), A* finds the time Dijkstra finds, the totals are the legs' sum, and the
     * 95th percentile is never below the median.
     */
    @Property(tries = 200)
    void observedTimesKeepAStarExactAndThePercentilesOrdered(@ForAll long seed,
                                                             @ForAll @IntRange(min = 4, max = 14) int places) {
        Net net = RoutingPropertiesTest.randomNet(seed, places, places * 3);
        RoutingGraph graph = net.graph();
        Random random = new Random(seed ^ 0x5eed);
        ObservedTimes.Builder times = ObservedTimes.builder("random", false);
        for (Link link : net.links) {
            if (random.nextInt(3) == 0) {
                double median = random.nextDouble() * (random.nextBoolean() ? 0.01 : 50);
                times.add(Kind.LINK, link.id(), new Observation(median, median * (1 + random.nextDouble()), 1 + random.nextInt(9), JULY));
            }
        }
        for (Place place : net.places) {
            if (random.nextInt(2) == 0) {
                double median = random.nextDouble() * 30;
                Kind kind = place.kind() == PlaceKind.BORDER_CROSSING ? Kind.CROSSING : Kind.DWELL;
                times.add(kind, place.id(), new Observation(median, median + random.nextDouble() * 20, 3, JULY));
            }
        }
        Random pick = new Random(seed * 31 + 7);
        int from = pick.nextInt(places);
        int to = (from + 1 + pick.nextInt(places - 1)) % places;
        RouteQuery query = RouteQuery.of("p" + from, "p" + to, DEPARTURE, Cargo.tonnes(10)).withObserved(times.build());

        RouteResult aStar = new Router(graph, true).route(query);
        RouteResult dijkstra = new Router(graph, false).route(query);

        assertThat(aStar.found()).isEqualTo(dijkstra.found());
        if (aStar.found()) {
            Route route = aStar.route();
            assertThat(route.totals().hours()).isCloseTo(dijkstra.route().totals().hours(), within(1e-6));
            assertThat(route.totals().hours()).isCloseTo(route.legs().stream().mapToDouble(l -> l.totals().hours()).sum(),
                    within(1e-6));
            assertThat(route.p95Hours()).isGreaterThanOrEqualTo(route.totals().hours() - 1e-9);
            assertThat(route.legs()).allMatch(l -> l.p95Hours() >= l.totals().hours() - 1e-9);
        }
    }
}
