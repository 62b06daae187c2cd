package corridor.api.route;

import corridor.routing.route.Objective;
import corridor.routing.route.Weights;

import java.util.Locale;

/**
 * What a route request asks to minimise: one objective, a weighted blend of the four criteria, or
 * the Pareto set of trade-offs.
 *
 * @param objective the single objective; {@code null} for a blend or the Pareto set
 * @param weights   the weights the search minimises (the objective's or the blend's); {@code null} for the Pareto set
 */
public record RouteGoal(Objective objective, Weights weights) {

    /** The Pareto set over time, cost, CO2 and risk. */
    public static final RouteGoal PARETO = new RouteGoal(null, null);

    /** One objective. */
    public static RouteGoal of(Objective objective) {
        return new RouteGoal(objective, objective.weights());
    }

    /** A weighted blend. */
    public static RouteGoal blend(Weights weights) {
        return new RouteGoal(null, weights);
    }

    public boolean pareto() {
        return weights == null;
    }

    /** The answer's {@code objective}: time, cost, co2, risk, weighted or pareto. */
    public String name() {
        return pareto() ? "pareto" : objective == null ? "weighted" : objective.name().toLowerCase(Locale.ROOT);
    }
}
