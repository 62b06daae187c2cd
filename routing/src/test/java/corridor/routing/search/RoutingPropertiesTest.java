package corridor.routing.search;

import corridor.model.geo.GreatCircle;
import corridor.model.network.Mode;
import corridor.model.network.PlaceKind;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Weights;
import corridor.routing.testing.Net;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties over random networks of roads, railways, sea lanes and transfers with hubs and borders. */
class RoutingPropertiesTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2024, 7, 1);

    /**
     * A random network: places in a 10° box, a third of them hubs and a few border crossings
     * (always open), links of random modes whose length is the great-circle distance of their
     * ends times 1 to 2, and incidents at random places.
     */
    static Net randomNet(long seed, int places, int links) {
        Random random = new Random(seed);
        Net net = new Net();
        PlaceKind[] kinds = {PlaceKind.CITY, PlaceKind.SEAPORT, PlaceKind.DRY_PORT, PlaceKind.RAIL_TERMINAL};
        for (int i = 0; i < places; i++) {
            double lat = 20 + random.nextDouble() * 10;
            double lon = 60 + random.nextDouble() * 10;
            int pick = random.nextInt(6);
            if (pick < 3) {
                net.city("p" + i, lat, lon);
            } else if (pick < 5) {
                net.hub("p" + i, kinds[1 + random.nextInt(3)], lat, lon, random.nextBoolean() ? null
                        : random.nextDouble() * 48, random.nextDouble() * 10);
            } else {
                net.border("p" + i, lat, lon, random.nextDouble() * 24, random.nextDouble() * 5, null);
            }
        }
        for (int i = 0; i < links; i++) {
            String from = "p" + random.nextInt(places);
            String to = "p" + random.nextInt(places);
            if (from.equals(to)) {
                continue;
            }
            double gc = GreatCircle.distanceKm(net.location(from), net.location(to));
            Mode mode = Mode.values()[random.nextInt(4)];
            net.link("l" + i, mode, from, to, gc * (1 + random.nextDouble()) + 0.1);
        }
        for (int i = 0; i < 3; i++) {
            net.incident("i" + i, 20 + random.nextDouble() * 10, 60 + random.nextDouble() * 10,
                    Net.REFERENCE.minusDays(random.nextInt(2000)), random.nextInt(5), null);
        }
        return net;
    }

    private static RouteQuery query(int places, long seed) {
        Random random = new Random(seed * 31 + 7);
        int from = random.nextInt(places);
        int to = (from + 1 + random.nextInt(places - 1)) % places;
        return RouteQuery.of("p" + from, "p" + to, DEPARTURE, Cargo.tonnes(1 + random.nextInt(30)));
    }

    @Property(tries = 200)
    void noRouteInTheParetoSetIsDominatedByAnother(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int places) {
        Net net = randomNet(seed, places, places * 3);
        Router router = net.router();
        List<Route> routes = router.pareto(query(places, seed)).routes();

        // With the default bounds too, the set is empty only when there is no route at all.
        assertThat(routes.isEmpty()).isEqualTo(!router.route(query(places, seed)).found());

        for (Route a : routes) {
            for (Route b : routes) {
                assertThat(a.totals().dominates(b.totals())).as("%s dominates %s", a.linkIds(), b.linkIds()).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void paretoSetHoldsTheFastestRoute(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int places) {
        Net net = randomNet(seed, places, places * 3);
        // Exact dominance (epsilon 0) and no practical label bound: the set must hold the optimum.
        Router router = new Router(RoutingGraph.build(net.dataset(), NetworkFilter.EXISTING,
                RoutingParameters.defaults(Net.REFERENCE).withPareto(1000, 1000, 0)));
        RouteQuery query = query(places, seed);
        RouteResult fastest = router.route(query);
        ParetoResult set = router.pareto(query);

        assertThat(set.routes().isEmpty()).isEqualTo(!fastest.found());
        if (fastest.found() && !set.truncated()) {
            assertThat(set.routes().get(0).totals().hours()).isCloseTo(fastest.route().totals().hours(), within(1e-6));
        }
    }

    @Property(tries = 200)
    void losingALinkNeverMakesARouteBetter(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int places,
                                           @ForAll Objective objective) {
        Net net = randomNet(seed, places, places * 3);
        Router router = net.router();
        RouteQuery query = query(places, seed).withObjective(objective);
        RouteResult before = router.route(query);
        if (!before.found()) {
            return;
        }
        Weights w = objective.weights();
        double best = value(before.route(), w);
        for (String linkId : before.route().linkIds()) {
            BitSet lost = new BitSet();
            lost.set(router.graph().linkIndex(linkId));
            RouteResult after = router.route(query, lost);
            if (after.found()) {
                assertThat(value(after.route(), w)).isGreaterThanOrEqualTo(best - 1e-9);
                assertThat(after.route().linkIds()).doesNotContain(linkId);
            }
        }
    }

    @Property(tries = 200)
    void totalsEqualTheSumOfLegsAndMovesEqualTheirLinks(@ForAll long seed,
                                                        @ForAll @IntRange(min = 4, max = 14) int places) {
        Net net = randomNet(seed, places, places * 3);
        RoutingGraph graph = net.graph();
        RouteQuery query = query(places, seed);
        for (Route route : new Router(graph).pareto(query).routes()) {
            double km = 0, hours = 0, cost = 0, co2 = 0, risk = 0;
            for (Leg leg : route.legs()) {
                km += leg.totals().distanceKm();
                hours += leg.totals().hours();
                cost += leg.totals().costUsd();
                co2 += leg.totals().co2Kg();
                risk += leg.totals().risk();
                if (leg.kind() == Leg.Kind.MOVE) {
                    int link = graph.linkIndex(leg.link().id());
                    assertThat(leg.totals().distanceKm()).isEqualTo(leg.link().lengthKm());
                    assertThat(leg.totals().risk()).isEqualTo(graph.linkRisk(link));
                    double speed = net.defaults.get(leg.mode()).speedKmh();
                    assertThat(leg.totals().hours()).isCloseTo(leg.link().lengthKm() / speed, within(1e-9));
                } else {
                    assertThat(leg.totals().distanceKm()).isZero();
                }
            }
            assertThat(route.totals().distanceKm()).isCloseTo(km, within(1e-6));
            assertThat(route.totals().hours()).isCloseTo(hours, within(1e-6));
            assertThat(route.totals().costUsd()).isCloseTo(cost, within(1e-6));
            assertThat(route.totals().co2Kg()).isCloseTo(co2, within(1e-6));
            assertThat(route.totals().risk()).isCloseTo(risk, within(1e-6));
        }
    }

    @Property(tries = 200)
    void aRouteIsNeverShorterThanTheGreatCircleBetweenItsEnds(@ForAll long seed,
                                                              @ForAll @IntRange(min = 4, max = 14) int places,
                                                              @ForAll Objective objective) {
        Net net = randomNet(seed, places, places * 3);
        RouteResult result = net.router().route(query(places, seed).withObjective(objective));
        if (result.found()) {
            Route route = result.route();
            double gc = GreatCircle.distanceKm(route.from().location(), route.to().location());
            assertThat(route.totals().distanceKm()).isGreaterThanOrEqualTo(gc);
        }
    }

    @Property(tries = 200)
    void goalDirectedSearchFindsWhatPlainDijkstraFinds(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int places,
                                                       @ForAll Objective objective) {
        RoutingGraph graph = randomNet(seed, places, places * 3).graph();
        RouteQuery query = query(places, seed).withObjective(objective);
        RouteResult aStar = new Router(graph, true).route(query);
        RouteResult dijkstra = new Router(graph, false).route(query);

        assertThat(aStar.found()).isEqualTo(dijkstra.found());
        if (aStar.found()) {
            Weights w = objective.weights();
            assertThat(value(aStar.route(), w)).isCloseTo(value(dijkstra.route(), w), within(1e-6));
        }
    }

    @Property(tries = 100)
    void fastestOnRoadsEqualsExhaustiveSearch(@ForAll long seed, @ForAll @IntRange(min = 3, max = 8) int places) {
        Net net = new Net();
        Random random = new Random(seed);
        for (int i = 0; i < places; i++) {
            net.city("p" + i, 20 + random.nextDouble() * 5, 60 + random.nextDouble() * 5);
        }
        for (int i = 0; i < places * 2; i++) {
            int a = random.nextInt(places);
            int b = random.nextInt(places);
            if (a != b) {
                double gc = GreatCircle.distanceKm(net.location("p" + a), net.location("p" + b));
                net.link("l" + i, Mode.ROAD, "p" + a, "p" + b, gc * (1 + random.nextDouble()), 20 + random.nextDouble() * 80,
                        corridor.model.network.LinkStatus.EXISTING, List.of());
            }
        }
        RoutingGraph graph = net.graph();
        RouteResult result = new Router(graph).route(RouteQuery.of("p0", "p" + (places - 1), DEPARTURE, Cargo.tonnes(1)));
        double exhaustive = exhaustiveHours(graph, 0, places - 1, new boolean[places]);

        if (Double.isInfinite(exhaustive)) {
            assertThat(result.found()).isFalse();
        } else {
            assertThat(result.route().totals().hours()).isCloseTo(exhaustive, within(1e-9));
        }
    }

    /** The least hours over all simple paths, by depth-first enumeration. */
    private static double exhaustiveHours(RoutingGraph g, int from, int to, boolean[] onPath) {
        if (from == to) {
            return 0;
        }
        onPath[from] = true;
        double best = Double.POSITIVE_INFINITY;
        for (int a = g.topology().firstArc(from), end = g.topology().endArc(from); a < end; a++) {
            int v = g.topology().head(a);
            if (!onPath[v]) {
                best = Math.min(best, g.linkHours(g.topology().segment(a)) + exhaustiveHours(g, v, to, onPath));
            }
        }
        onPath[from] = false;
        return best;
    }

    private static double value(Route route, Weights w) {
        return w.apply(route.totals().hours(), route.totals().costUsd(), route.totals().co2Kg(), route.totals().risk());
    }
}
