package corridor.routing.route;

import java.util.List;

/**
 * The Pareto set of routes over time, cost, CO2 and risk: no route in it is dominated by another.
 *
 * @param routes    the routes, fastest first
 * @param truncated whether a label bound was reached, so that the set may miss some trade-offs
 * @param closures  closed places the search reached
 */
public record ParetoResult(List<Route> routes, boolean truncated, List<Closure> closures) {

    public ParetoResult {
        routes = List.copyOf(routes);
        closures = List.copyOf(closures);
    }
}
