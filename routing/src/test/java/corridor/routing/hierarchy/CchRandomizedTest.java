package corridor.routing.hierarchy;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
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
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hierarchy against plain Dijkstra on random pairs, in the manner of GraphHopper's
 * RandomizedRoutingTest: generated road networks with a hierarchy and the built-in network, for
 * every objective and a blend, with closures; and against today's router's totals. The seed is
 * printed in every failure; replay one with {@code -Dcorridor.cch.seed=SEED}.
 */
class CchRandomizedTest {

    private static final long SEED = Long.getLong("corridor.cch.seed", System.nanoTime());
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final double TONNES = 20;

    private static List<Weights> weightings() {
        return Weightings.everyObjectiveAndABlend();
    }

    @Test
    void generatedRoadNetworksGiveDijkstrasCostsForEveryWeighting() {
        int pairs = 0;
        for (int side : new int[] {24, 32, 40}) {
            long seed = SEED + side;
            Dataset dataset = RoadNetworks.generated(side, seed);
            // one of the three with turn restrictions: junctions split, arcs closed to the truck
            dataset = side == 32 ? RoadNetworks.withTurnRestrictions(dataset, seed, 30) : dataset;
            RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
            GraphHierarchy hierarchy = GraphHierarchy.build(graph);
            pairs += compareWithDijkstra(hierarchy, Mode.ROAD, 800, seed, "generated side " + side);
        }
        assertThat(pairs).isGreaterThanOrEqualTo(12_000);
    }

    @Test
    void builtInNetworkGivesDijkstrasCostsByRoadAndByRail() {
        RoutingGraph graph = builtIn();
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);
        int pairs = compareWithDijkstra(hierarchy, Mode.ROAD, 400, SEED, "built-in by road")
                + compareWithDijkstra(hierarchy, Mode.RAIL, 200, SEED + 1, "built-in by rail");
        assertThat(pairs).isEqualTo(3_000);
    }

    @Test
    void generatedRoadNetworkGivesTheRoutersTotals() {
        long seed = SEED + 7;
        RoutingGraph graph = RoutingGraph.build(RoadNetworks.generated(20, seed), NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY));
        int compared = compareWithRouter(graph, GraphHierarchy.build(graph), Mode.ROAD, 60, seed, "generated");
        assertThat(compared).isEqualTo(60 * weightings().size());
    }

    @Test
    void builtInNetworkByRoadGivesTheRoutersTotalsUnlessACalendarIsMet() {
        RoutingGraph graph = builtIn();
        int compared = compareWithRouter(graph, GraphHierarchy.build(graph), Mode.ROAD, 150, SEED + 3, "built-in");
        // most pairs meet no closed calendar in July: the comparisons must not all fall back
        assertThat(compared).isGreaterThan(150 * weightings().size() / 2);
    }

    private static RoutingGraph builtIn() {
        return RoutingGraph.build(BuiltInDataset.load(), NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
    }

    /**
     * {@code pairsPerWeighting} random pairs per weighting, one in four with random links closed:
     * the hierarchy's distance equals Dijkstra's, and its unpacked path is a walk from s to t of
     * that weight.
     */
    private static int compareWithDijkstra(GraphHierarchy hierarchy, Mode mode, int pairsPerWeighting, long seed,
                                           String what) {
        RoutingGraph g = hierarchy.graph();
        Random random = new Random(seed);
        ReferenceDijkstra dijkstra = new ReferenceDijkstra(g);
        int pairs = 0;
        int found = 0;
        for (Weights w : weightings()) {
            for (boolean closures : new boolean[] {false, true}) {
                BitSet closed = new BitSet();
                if (closures) {
                    for (int i = 0; i < g.linkCount() / 20; i++) {
                        closed.set(random.nextInt(g.linkCount()));
                    }
                }
                double[] weights = new ArcWeighting(g, w, TONNES, mode, closed, null).arcWeights();
                CchQuery query = new CchQuery(hierarchy.customize(weights));
                int count = closures ? pairsPerWeighting / 4 : pairsPerWeighting - pairsPerWeighting / 4;
                for (int i = 0; i < count; i++) {
                    int s = random.nextInt(g.placeCount());
                    int t = random.nextInt(g.placeCount());
                    String where = what + ", " + w + ", closures " + closures + ", from node " + s + " to " + t
                            + " (replay with -Dcorridor.cch.seed=" + SEED + ")";
                    double expected = dijkstra.distance(s, t, weights);
                    double actual = query.distance(s, t);
                    pairs++;
                    if (expected == Double.POSITIVE_INFINITY) {
                        assertThat(actual).as(where).isEqualTo(Double.POSITIVE_INFINITY);
                        assertThat(query.pathArcs()).as(where).isNull();
                        continue;
                    }
                    found++;
                    assertThat(actual).as(where).isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance(expected)));
                    assertWalk(hierarchy, query.pathArcs(), s, t, weights, expected, where);
                }
            }
        }
        // by rail most random pairs of nodes have no path (most places are not on the railway)
        assertThat(found).as(what + ": pairs with a path (seed " + SEED + ")").isGreaterThan(mode == Mode.ROAD ? pairs / 3 : 10);
        return pairs;
    }

    private static void assertWalk(GraphHierarchy h, int[] arcs, int s, int t, double[] weights, double expected,
                                   String where) {
        assertThat(arcs).as(where).isNotNull();
        int at = s;
        double sum = 0;
        for (int arc : arcs) {
            assertThat(h.arcTail(arc)).as(where + ": the path is connected").isEqualTo(at);
            at = h.graph().arcHead(arc);
            sum += weights[arc];
        }
        assertThat(at).as(where + ": the path ends at the target").isEqualTo(t);
        assertThat(sum).as(where + ": the path's arcs add up to its distance")
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance(expected)));
    }

    private static double tolerance(double value) {
        return 1e-9 * Math.max(1, Math.abs(value));
    }

    /**
     * Random pairs of places per weighting, each asked of today's router (single mode) and of the
     * hierarchy: where the hierarchy's path meets no closed calendar, the router's totals blend to
     * the hierarchy's distance, less the crossing at the target. Returns how many were compared.
     */
    private static int compareWithRouter(RoutingGraph g, GraphHierarchy hierarchy, Mode mode, int pairsPerWeighting,
                                         long seed, String what) {
        Random random = new Random(seed);
        Router router = new Router(g, false);
        int compared = 0;
        for (Weights w : weightings()) {
            // The default vehicle's class and access rules, as the router applies them.
            RouteQuery probe = RouteQuery.of(g.place(0).id(), g.place(1).id(), JULY, Cargo.tonnes(TONNES));
            ArcWeighting weighting = new ArcWeighting(g, w, TONNES, mode, probe.vehicle().vehicleClass(),
                    g.access(probe.vehicle(), JULY.getMonth()), null, null);
            CchQuery query = new CchQuery(hierarchy.customize(weighting.arcWeights()));
            for (int i = 0; i < pairsPerWeighting; i++) {
                int s = random.nextInt(g.placeCount());
                int t = (s + 1 + random.nextInt(g.placeCount() - 1)) % g.placeCount();
                String where = what + ", " + w + ", from " + g.place(s).id() + " to " + g.place(t).id()
                        + " (replay with -Dcorridor.cch.seed=" + SEED + ")";
                RouteQuery q = RouteQuery.of(g.place(s).id(), g.place(t).id(), JULY, Cargo.tonnes(TONNES))
                        .withWeights(w).withModes(Set.of(mode));
                assertThat(ArcWeighting.applies(q)).isTrue();
                double distance = query.distance(s, t);
                int[] arcs = query.pathArcs();
                if (arcs != null && weighting.firstClosedNode(s, arcs, JULY) >= 0) {
                    continue; // the caller falls back to A* here
                }
                RouteResult result = router.route(q);
                compared++;
                if (arcs == null) {
                    assertThat(result.found()).as(where + ": no path either way").isFalse();
                    continue;
                }
                assertThat(result.found()).as(where).isTrue();
                Totals totals = result.route().totals();
                double routerValue = w.apply(totals.hours(), totals.costUsd(), totals.co2Kg(), totals.risk());
                assertThat(distance - weighting.targetAdjustment(t)).as(where)
                        .isCloseTo(routerValue, org.assertj.core.api.Assertions.within(1e-7 * Math.max(1, routerValue)));
            }
        }
        return compared;
    }
}
