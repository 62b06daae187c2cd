package corridor.routing.route;

import corridor.model.InputException;
import corridor.model.network.ObservedTimes;
import corridor.model.vehicle.Vehicle;
import corridor.model.network.Mode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a shipper asks: from where to where, leaving when, with what, by which modes, avoiding
 * what, and what to minimise.
 *
 * @param fromId      place id of the origin
 * @param toId        place id of the destination
 * @param departure   the departure day; opening calendars are checked on the day goods reach a place
 * @param cargo       what is moved; cost and CO2 scale with its tonnes
 * @param modes       the modes allowed (transfers between places of one hub are always allowed)
 * @param avoidPlaces place ids the route must not pass
 * @param avoidLinks  link ids the route must not use
 * @param riskCeiling the highest total risk accepted, or {@code null} for no ceiling
 * @param weights     what to minimise
 * @param vehicle     the vehicle the road legs are driven with: its class sets road speeds and access rules
 *                    apply to it; null is read as {@link Vehicle#unspecifiedTruck()}
 * @param observed    times the corridor measured: where one is held for the departure's month, a link's
 *                    time (heavy transport vehicles) and a crossing's or hub's dwell are its observed median;
 *                    null routes on the model alone
 */
public record RouteQuery(String fromId, String toId, LocalDate departure, Cargo cargo, Set<Mode> modes,
                         Set<String> avoidPlaces, Set<String> avoidLinks, Double riskCeiling, Weights weights,
                         Vehicle vehicle, ObservedTimes observed) {

    /** A query on the model alone (no observed times). */
    public RouteQuery(String fromId, String toId, LocalDate departure, Cargo cargo, Set<Mode> modes,
                      Set<String> avoidPlaces, Set<String> avoidLinks, Double riskCeiling, Weights weights,
                      Vehicle vehicle) {
        this(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights, vehicle, null);
    }

    /** A query for the unspecified truck ({@link Vehicle#unspecifiedTruck()}). */
    public RouteQuery(String fromId, String toId, LocalDate departure, Cargo cargo, Set<Mode> modes,
                      Set<String> avoidPlaces, Set<String> avoidLinks, Double riskCeiling, Weights weights) {
        this(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights, null);
    }

    /** The earliest departure a query may ask for: calendars and risk have no meaning before it. */
    public static final LocalDate EARLIEST_DEPARTURE = LocalDate.of(1900, 1, 1);
    /** The latest departure a query may ask for. */
    public static final LocalDate LATEST_DEPARTURE = LocalDate.of(2199, 12, 31);

    /**
     * @throws IllegalArgumentException when the departure is outside {@link #EARLIEST_DEPARTURE} to
     *                                  {@link #LATEST_DEPARTURE} (surfaces check with {@link #checkDeparture} first)
     */
    public RouteQuery {
        if (departure.isBefore(EARLIEST_DEPARTURE) || departure.isAfter(LATEST_DEPARTURE)) {
            throw new IllegalArgumentException("departure out of range: " + departure);
        }
        modes = modes.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(modes);
        avoidPlaces = Set.copyOf(avoidPlaces);
        avoidLinks = Set.copyOf(avoidLinks);
        vehicle = vehicle == null ? Vehicle.unspecifiedTruck() : vehicle;
    }

    /**
     * {@code date} when it is a departure a query may ask for.
     *
     * @param parameter the option or parameter that gave it, for the error
     * @throws InputException when it is before {@link #EARLIEST_DEPARTURE} or after {@link #LATEST_DEPARTURE}
     */
    public static LocalDate checkDeparture(LocalDate date, String parameter) {
        if (date.isBefore(EARLIEST_DEPARTURE) || date.isAfter(LATEST_DEPARTURE)) {
            throw InputException.ofParameter(parameter, "date " + date + " is out of range; give a day from "
                    + EARLIEST_DEPARTURE + " to " + LATEST_DEPARTURE);
        }
        return date;
    }

    /** The fastest route between two places for {@code cargo}, any mode, nothing avoided. */
    public static RouteQuery of(String fromId, String toId, LocalDate departure, Cargo cargo) {
        return new RouteQuery(fromId, toId, departure, cargo, EnumSet.allOf(Mode.class), Set.of(), Set.of(), null,
                Objective.TIME.weights());
    }

    public RouteQuery withObjective(Objective objective) {
        return withWeights(objective.weights());
    }

    public RouteQuery withVehicle(Vehicle newVehicle) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights,
                newVehicle, observed);
    }

    /** This query with times the corridor measured ({@code null}: the model alone). */
    public RouteQuery withObserved(ObservedTimes times) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights,
                vehicle, times);
    }

    public RouteQuery withWeights(Weights newWeights) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, newWeights, vehicle, observed);
    }

    public RouteQuery withModes(Set<Mode> newModes) {
        return new RouteQuery(fromId, toId, departure, cargo, newModes, avoidPlaces, avoidLinks, riskCeiling, weights, vehicle, observed);
    }

    public RouteQuery withEnds(String newFrom, String newTo) {
        return new RouteQuery(newFrom, newTo, departure, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights, vehicle, observed);
    }

    public RouteQuery withDeparture(LocalDate date) {
        return new RouteQuery(fromId, toId, date, cargo, modes, avoidPlaces, avoidLinks, riskCeiling, weights, vehicle, observed);
    }

    public RouteQuery withAvoidPlaces(Set<String> places) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, places, avoidLinks, riskCeiling, weights, vehicle, observed);
    }

    public RouteQuery withAvoidLinks(Set<String> links) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, avoidPlaces, links, riskCeiling, weights, vehicle, observed);
    }

    public RouteQuery withRiskCeiling(Double ceiling) {
        return new RouteQuery(fromId, toId, departure, cargo, modes, avoidPlaces, avoidLinks, ceiling, weights, vehicle, observed);
    }
}
