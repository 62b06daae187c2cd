package corridor.routing.hierarchy;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;
import corridor.routing.testing.CchAgreement;
import corridor.routing.testing.RoadHierarchyNetworks;
import corridor.routing.testing.RoadNetworks;
import corridor.routing.testing.Weightings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hierarchy against plain Dijkstra on random pairs ({@link CchAgreement}): generated road networks
 * (grids with main roads, and towns linked by roads and motorways, {@link RoadHierarchyNetworks}) and the
 * built-in network, for every objective and a blend, with closures; and
 * against today's router's totals. The seed is
 * printed in every failure; replay one with {@code -Dcorridor.cch.seed=SEED}.
 */
class CchRandomizedTest {

    private static final long SEED = CchAgreement.seed();
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
            pairs += compareWithDijkstra(hierarchy, Mode.ROAD, 200, 4, side, "generated side " + side);
        }
        assertThat(pairs).isGreaterThanOrEqualTo(12_000);
    }

    @Test
    void roadHierarchyNetworkGivesDijkstrasCostsForEveryWeighting() {
        // 4 x 4 towns of up to 16 streets a side, primary roads between them, a motorway across
        Dataset dataset = RoadHierarchyNetworks.dataset(4, 16, SEED);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        System.out.println("CchRandomizedTest road hierarchy: " + graph.placeCount() + " nodes, "
                + CchAgreement.replay(SEED));
        int pairs = compareWithDijkstra(GraphHierarchy.build(graph), Mode.ROAD, 100, 20, 2, "road hierarchy");
        assertThat(pairs).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void builtInNetworkGivesDijkstrasCostsByRoadAndByRail() {
        RoutingGraph graph = builtIn();
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);
        int pairs = compareWithDijkstra(hierarchy, Mode.ROAD, 100, 4, 0, "built-in by road")
                + compareWithDijkstra(hierarchy, Mode.RAIL, 50, 4, 1, "built-in by rail");
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
     * {@code sources × targets} random pairs per weighting ({@link CchAgreement}); more than a third of
     * them by road have a path, and some by rail (most places are not on the railway).
     */
    private static int compareWithDijkstra(GraphHierarchy hierarchy, Mode mode, int sources, int targets, long offset,
                                           String what) {
        CchAgreement.Tally tally = new CchAgreement(hierarchy, mode, TONNES, SEED).compare(offset, sources, targets, what);
        assertThat(tally.found()).as(what + ": pairs with a path (" + CchAgreement.replay(SEED) + ")")
                .isGreaterThan(mode == Mode.ROAD ? tally.pairs() / 3 : 10);
        return tally.pairs();
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
                        + " (" + CchAgreement.replay(SEED) + ")";
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
