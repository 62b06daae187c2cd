package corridor.routing.route;

/**
 * A weighted blend of the four criteria: the search minimises
 * {@code time × hours + cost × USD + co2 × kgCO2 + risk × riskPoints}. Each weight is per unit of
 * its criterion, so a weight of 50 on time and 1 on cost values an hour at 50 US dollars.
 *
 * @param time weight per hour
 * @param cost weight per US dollar
 * @param co2  weight per kg of CO2
 * @param risk weight per risk point
 */
public record Weights(double time, double cost, double co2, double risk) {

    /** The weight on time that breaks ties between routes equal on the main criterion. */
    static final double TIE_BREAK = 1e-6;

    public Weights {
        if (!(time >= 0 && cost >= 0 && co2 >= 0 && risk >= 0)) {
            throw new IllegalArgumentException("weights must be >= 0");
        }
        if (time + cost + co2 + risk == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /** The blended value of the given totals. */
    public double apply(double hours, double costUsd, double co2Kg, double risk) {
        return time * hours + cost * costUsd + co2 * co2Kg + this.risk * risk;
    }
}
