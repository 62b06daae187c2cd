package corridor.routing.scenario;

import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyFallback;
import corridor.routing.matrix.RouteSource;
import corridor.routing.route.AnsweredBy;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.search.Router;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A route before and after a scenario, and the difference.
 *
 * @param scenario the scenario
 * @param applied  its changes
 * @param before   the best route on the dataset as it is
 * @param after    the best route with the scenario's changes
 */
public record ScenarioComparison(Scenario scenario, AppliedScenario applied, RouteResult before, RouteResult after) {

    /**
     * Routes {@code query} on {@code base} and on {@code base} changed by {@code scenario}, both on
     * the scenario's network, with the A* router.
     */
    public static ScenarioComparison run(Scenario scenario, Dataset base, RouteQuery query, RoutingParameters parameters,
                                         String where) {
        Router router = new Router(RoutingGraph.build(base, scenario.network(), parameters));
        return run(scenario, base, query, parameters, where, RouteSource.aStar(router));
    }

    /**
     * As {@link #run(Scenario, Dataset, RouteQuery, RoutingParameters, String)}, the route before from
     * {@code routes}, over {@code base}'s graph of the scenario's network built with {@code parameters}. With the
     * hierarchy's routes, the route after is the hierarchy's too when the scenario only closes links and places:
     * a closure is a customization of the same hierarchy. A scenario that changes values or opens links makes
     * another graph, whose hierarchy (an order, a contraction and a customization) would cost more than the one
     * A* search it answers: the router answers that route, and says so.
     *
     * @throws IllegalArgumentException when {@code routes} is of another network
     */
    public static ScenarioComparison run(Scenario scenario, Dataset base, RouteQuery query, RoutingParameters parameters,
                                         String where, RouteSource routes) {
        if (routes.graph().filter() != scenario.network()) {
            throw new IllegalArgumentException("the routes are of the network " + routes.graph().filter()
                    + ", the scenario's is " + scenario.network());
        }
        AppliedScenario applied = AppliedScenario.apply(scenario, base, parameters, where);
        RouteResult before = routes.route(query, null);
        Set<String> avoid = new HashSet<>(query.avoidPlaces());
        avoid.addAll(applied.closedPlaces());
        avoid.remove(query.fromId());
        avoid.remove(query.toId());
        RouteQuery afterQuery = query.withAvoidPlaces(avoid);
        RouteResult after;
        if (routes.asked() == RouteEngine.HIERARCHY && closesOnly(scenario)) {
            after = routes.route(afterQuery, closedLinks(routes.graph(), applied));
        } else {
            after = new Router(RoutingGraph.build(applied.dataset(), scenario.network(), parameters)).route(afterQuery);
            if (routes.asked() == RouteEngine.HIERARCHY) {
                String reason = HierarchyFallback.queryReason(query);
                after = after.answeredBy(RouteEngine.A_STAR, reason != null ? reason : NEW_GRAPH);
            }
        }
        return new ScenarioComparison(scenario, applied, before, after);
    }

    /** Why the router answers the route after a scenario that changes the network's values or links. */
    static final String NEW_GRAPH = "the scenario changes the network's values or links: a new graph, whose hierarchy "
            + "would cost more than the router's one search";

    /** Whether every change of {@code scenario} closes a link or a place (and changes nothing else). */
    static boolean closesOnly(Scenario scenario) {
        return scenario.links().stream().allMatch(Scenario.LinkChange::close)
                && scenario.places().stream().allMatch(p -> p.close() && p.dwellHours() == null
                && p.dwellFactor() == null && p.handlingCostUsdPerTonne() == null && p.crossingHours() == null
                && p.crossingFeeUsdPerTonne() == null);
    }

    /** The links of {@code graph} that {@code applied} closed (its dataset no longer has them), by index. */
    private static BitSet closedLinks(RoutingGraph graph, AppliedScenario applied) {
        Set<String> kept = new HashSet<>();
        applied.dataset().links().forEach(l -> kept.add(l.id()));
        BitSet closed = new BitSet();
        for (int link = 0; link < graph.linkCount(); link++) {
            String id = graph.links().get(link).id();
            if (!kept.contains(id) && !RoutingGraph.isRoadSegmentId(id) && !id.startsWith("osm-join-")) {
                closed.set(link);
            }
        }
        return closed;
    }

    /** Which search answered the two routes. */
    public AnsweredBy answeredBy() {
        return AnsweredBy.NONE.plus(before).plus(after);
    }

    /** After minus before, when both have a route. */
    public java.util.Optional<Totals> difference() {
        if (!before.found() || !after.found()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(after.route().totals().minus(before.route().totals()));
    }

    /**
     * Whether the cost difference means something: a total that leaves out unknown costs is only
     * a lower bound, and the difference of two bounds is no difference at all.
     */
    public boolean costComparable() {
        return difference().isPresent() && !before.route().hasUnknownCost() && !after.route().hasUnknownCost();
    }

    /** Whether the CO2 difference means something (see {@link #costComparable()}). */
    public boolean co2Comparable() {
        return difference().isPresent() && !before.route().hasUnknownCo2() && !after.route().hasUnknownCo2();
    }
}
