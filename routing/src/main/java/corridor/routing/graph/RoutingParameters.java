package corridor.routing.graph;

import java.time.LocalDate;

/**
 * The assumptions of the engine, each a named value so that a user can see and change it.
 * None of them is a measurement: they fill gaps the data leaves, and every leg that uses one says so.
 *
 * @param defaultDwellHours      dwell at a hub whose {@code dwell_hours} is unknown, in hours
 * @param defaultCrossingHours   time at a border crossing whose {@code crossing_hours} is unknown, in hours
 * @param tonnesPerTeu           tonnes of cargo counted for one TEU (twenty-foot equivalent unit)
 * @param riskBufferKm           incidents within this distance of a link count towards its risk, in km
 * @param riskHalfLifeYears      an incident's weight halves every this many years
 * @param riskReferenceDate      the date ages of incidents are measured from; later incidents are ignored
 * @param paretoLabelsPerState   the bound on labels kept per place and mode in the Pareto search
 * @param paretoMaxRoutes        the bound on routes in a Pareto set
 * @param paretoEpsilon          relative tolerance of dominance between partial routes in the
 *                               Pareto search (0 for exact dominance)
 */
public record RoutingParameters(double defaultDwellHours, double defaultCrossingHours, double tonnesPerTeu,
                                double riskBufferKm, double riskHalfLifeYears, LocalDate riskReferenceDate,
                                int paretoLabelsPerState, int paretoMaxRoutes, double paretoEpsilon) {

    /**
     * Dwell assumed at a hub with no published dwell: one day. A round figure for a container
     * changing mode, not a measurement; legs that use it are marked "default".
     */
    public static final double DEFAULT_DWELL_HOURS = 24.0;

    /**
     * Clearance time assumed at a border crossing with no published figure: one day, for the same
     * reason and with the same marking as {@link #DEFAULT_DWELL_HOURS}.
     */
    public static final double DEFAULT_CROSSING_HOURS = 24.0;

    /**
     * Tonnes of cargo per TEU: 10 t, a round planning figure for the average net load of a loaded
     * twenty-foot container (its maximum gross mass is about 24 t under ISO 668, tare about 2.2 t).
     * A parameter, not a measurement: pass another value for dense or light cargo.
     */
    public static final double TONNES_PER_TEU = 10.0;

    /** Incidents within 25 km of a link count towards its risk. */
    public static final double RISK_BUFFER_KM = 25.0;

    /** An incident's weight halves every 3 years. */
    public static final double RISK_HALF_LIFE_YEARS = 3.0;

    /**
     * Partial routes kept per place and carried mode in the Pareto search: 4. More finds more
     * trade-offs on large networks at a steep cost in time (on the generated 1M-link network, 8
     * takes about four times as long); a result says when the bound cut anything.
     */
    public static final int PARETO_LABELS_PER_STATE = 4;

    /** Routes kept in a Pareto set. */
    public static final int PARETO_MAX_ROUTES = 32;

    /**
     * A partial route is dropped when another at the same place and mode is within 1% of it or
     * better on every criterion: the set found is then within about 1% per leg of every trade-off,
     * and much smaller and faster to find on large networks.
     */
    public static final double PARETO_EPSILON = 0.01;

    public RoutingParameters {
        if (!(defaultDwellHours >= 0) || !(defaultCrossingHours >= 0)) {
            throw new IllegalArgumentException("default dwell and crossing hours must be >= 0");
        }
        if (!(tonnesPerTeu > 0)) {
            throw new IllegalArgumentException("tonnes per TEU must be > 0, got " + tonnesPerTeu);
        }
        if (!(riskBufferKm >= 0) || !(riskHalfLifeYears > 0)) {
            throw new IllegalArgumentException("risk buffer must be >= 0 and half-life > 0");
        }
        if (!(paretoEpsilon >= 0)) {
            throw new IllegalArgumentException("Pareto epsilon must be >= 0");
        }
        if (paretoLabelsPerState < 1 || paretoMaxRoutes < 1) {
            throw new IllegalArgumentException("Pareto bounds must be >= 1");
        }
    }

    /** The documented defaults, with risk measured from {@code riskReferenceDate}. */
    public static RoutingParameters defaults(LocalDate riskReferenceDate) {
        return new RoutingParameters(DEFAULT_DWELL_HOURS, DEFAULT_CROSSING_HOURS, TONNES_PER_TEU, RISK_BUFFER_KM,
                RISK_HALF_LIFE_YEARS, riskReferenceDate, PARETO_LABELS_PER_STATE, PARETO_MAX_ROUTES, PARETO_EPSILON);
    }

    public RoutingParameters withRiskReferenceDate(LocalDate date) {
        return new RoutingParameters(defaultDwellHours, defaultCrossingHours, tonnesPerTeu, riskBufferKm,
                riskHalfLifeYears, date, paretoLabelsPerState, paretoMaxRoutes, paretoEpsilon);
    }

    public RoutingParameters withPareto(int labelsPerState, int maxRoutes, double epsilon) {
        return new RoutingParameters(defaultDwellHours, defaultCrossingHours, tonnesPerTeu, riskBufferKm,
                riskHalfLifeYears, riskReferenceDate, labelsPerState, maxRoutes, epsilon);
    }

    public RoutingParameters withTonnesPerTeu(double tonnes) {
        return new RoutingParameters(defaultDwellHours, defaultCrossingHours, tonnes, riskBufferKm,
                riskHalfLifeYears, riskReferenceDate, paretoLabelsPerState, paretoMaxRoutes, paretoEpsilon);
    }
}
