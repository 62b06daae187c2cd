package corridor.routing.scenario;

import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.search.Router;

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
     * the scenario's network.
     */
    public static ScenarioComparison run(Scenario scenario, Dataset base, RouteQuery query, RoutingParameters parameters,
                                         String where) {
        AppliedScenario applied = AppliedScenario.apply(scenario, base, parameters, where);
        RouteResult before = new Router(RoutingGraph.build(base, scenario.network(), parameters)).route(query);
        Set<String> avoid = new HashSet<>(query.avoidPlaces());
        avoid.addAll(applied.closedPlaces());
        avoid.remove(query.fromId());
        avoid.remove(query.toId());
        RouteResult after = new Router(RoutingGraph.build(applied.dataset(), scenario.network(), parameters))
                .route(query.withAvoidPlaces(avoid));
        return new ScenarioComparison(scenario, applied, before, after);
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
