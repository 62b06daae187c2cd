package corridor.routing.route;

/**
 * What a route, or part of one, takes.
 *
 * @param distanceKm distance travelled, in km
 * @param hours      time, in hours
 * @param costUsd    cost, in US dollars
 * @param co2Kg      CO2 emitted, in kg
 * @param risk       risk points (see {@link corridor.routing.graph.RiskModel})
 */
public record Totals(double distanceKm, double hours, double costUsd, double co2Kg, double risk) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public Totals plus(Totals other) {
        return new Totals(distanceKm + other.distanceKm, hours + other.hours, costUsd + other.costUsd,
                co2Kg + other.co2Kg, risk + other.risk);
    }

    public Totals minus(Totals other) {
        return new Totals(distanceKm - other.distanceKm, hours - other.hours, costUsd - other.costUsd,
                co2Kg - other.co2Kg, risk - other.risk);
    }

    /** The value of one criterion. */
    public double value(Objective objective) {
        return switch (objective) {
            case TIME -> hours;
            case COST -> costUsd;
            case CO2 -> co2Kg;
            case RISK -> risk;
        };
    }

    /** Whether these totals are no worse than {@code other} on all four criteria and better on one. */
    public boolean dominates(Totals other) {
        boolean noWorse = hours <= other.hours && costUsd <= other.costUsd && co2Kg <= other.co2Kg
                && risk <= other.risk;
        boolean better = hours < other.hours || costUsd < other.costUsd || co2Kg < other.co2Kg
                || risk < other.risk;
        return noWorse && better;
    }
}
