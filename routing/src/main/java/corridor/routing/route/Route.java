package corridor.routing.route;

import corridor.model.network.Place;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A route that explains itself: its legs in order and totals that are their sum.
 *
 * @param from      where it starts
 * @param to        where it ends
 * @param departure the departure day (at 00:00)
 * @param cargo     what is moved
 * @param legs      moves, hub changes and border crossings, in order
 * @param totals    the sum of the legs
 */
public record Route(Place from, Place to, LocalDate departure, Cargo cargo, List<Leg> legs, Totals totals) {

    public Route {
        legs = List.copyOf(legs);
    }

    /** Builds a route whose totals are the sum of {@code legs}. */
    public static Route of(Place from, Place to, LocalDate departure, Cargo cargo, List<Leg> legs) {
        Totals totals = Totals.ZERO;
        for (Leg leg : legs) {
            totals = totals.plus(leg.totals());
        }
        return new Route(from, to, departure, cargo, legs, totals);
    }

    /** The moment of arrival, counting from 00:00 on the departure day. */
    public LocalDateTime arrival() {
        return departure.atStartOfDay().plusMinutes(Math.round(totals.hours() * 60));
    }

    /**
     * Hours at the 95th percentile: the sum of the legs' 95th percentiles (observed where observed,
     * the model's time elsewhere): a conservative figure. It equals the 95th percentile of the whole
     * trip when the legs' delays move together, and lies above it when they are independent and not
     * heavy-tailed (a trip rarely meets every leg's bad day); percentiles are not additive in
     * general, so it is no guaranteed bound.
     */
    public double p95Hours() {
        return legs.stream().mapToDouble(Leg::p95Hours).sum();
    }

    /** The moment of arrival at the 95th percentile ({@link #p95Hours()}), counting from 00:00 on the departure day. */
    public LocalDateTime arrivalP95() {
        return departure.atStartOfDay().plusMinutes(Math.round(p95Hours() * 60));
    }

    /** Whether a monitoring state was given for this route (whether or not it observed any of its legs). */
    public boolean withObservations() {
        for (Leg leg : legs) {
            if (leg.timeSource().kind() != TimeSource.Kind.MODEL) {
                return true;
            }
        }
        return false;
    }

    /** Whether some leg's time is an observed median. */
    public boolean usesObservations() {
        return legs.stream().anyMatch(l -> l.timeSource().observed());
    }

    /** Whether some leg's time is a median of simulated pings. */
    public boolean usesSimulatedObservations() {
        return legs.stream().anyMatch(l -> l.timeSource().observed() && l.timeSource().simulated());
    }

    /** The ids of the links travelled, in order. */
    public List<String> linkIds() {
        return legs.stream().filter(l -> l.kind() == Leg.Kind.MOVE).map(l -> l.link().id()).toList();
    }

    /** The ids of the places passed, in order, starting with the origin. */
    public List<String> placeIds() {
        List<String> ids = new java.util.ArrayList<>();
        ids.add(from.id());
        for (Leg leg : legs) {
            if (leg.kind() == Leg.Kind.MOVE) {
                ids.add(leg.to().id());
            }
        }
        return ids;
    }

    /** Whether some cost on the way is unknown, so that the total cost leaves it out. */
    public boolean hasUnknownCost() {
        return legs.stream().flatMap(l -> l.notes().stream()).anyMatch(n -> n.contains("unknown")
                && (n.startsWith("cost") || n.startsWith("handling") || n.startsWith("fees")));
    }

    /** Whether some CO2 on the way is unknown, so that the total leaves it out. */
    public boolean hasUnknownCo2() {
        return legs.stream().flatMap(l -> l.notes().stream()).anyMatch(n -> n.startsWith("co2") && n.contains("unknown"));
    }

    /** Whether any leg rests on a default or an unknown value. */
    public boolean usesAssumptions() {
        return legs.stream().anyMatch(l -> !l.notes().isEmpty());
    }
}
