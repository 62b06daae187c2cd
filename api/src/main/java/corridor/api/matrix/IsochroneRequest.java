package corridor.api.matrix;

import corridor.api.route.ParameterStyle;
import corridor.api.route.PlaceLookup;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.matrix.Isochrones;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An isochrone request read from text parameters: the origin ({@link RouteRequest#FROM}), the bands
 * ({@link #HOURS}: hours from departure, comma-separated, such as 4,8,12) and the options of a route
 * that shape where goods can go (departure, cargo, modes, vehicle, what to avoid, network), read by
 * {@link RouteRequest} with its rules and messages. Modes are road when not given. Not thread-safe to
 * share; cheap to make per request.
 */
public final class IsochroneRequest {

    /** The bands, in hours. */
    public static final String HOURS = "hours";
    /** The parameters of an isochrone ({@code isochrone}, {@code GET /api/isochrone}). */
    public static final List<String> PARAMETERS = List.of(RouteRequest.FROM, HOURS, RouteRequest.DATE,
            RouteRequest.CARGO, RouteRequest.TONNES_PER_TEU, RouteRequest.MODES, RouteRequest.AVOID,
            RouteRequest.AVOID_LINK, RouteRequest.VEHICLE, RouteRequest.NETWORK);

    /** The request's route options, which also read its own parameters: the same rules and spelling. */
    private final RouteRequest options;

    public IsochroneRequest(TextParameters parameters, ParameterStyle style) {
        this.options = new RouteRequest(parameters, style);
    }

    /**
     * What an isochrone request asks.
     *
     * @param origin  where the goods leave from
     * @param query   the origin, departure, cargo, modes, vehicle and what to avoid, fastest
     * @param hours   the bands, in the order given
     * @param network which links
     */
    public record Isochrone(Place origin, RouteQuery query, List<Double> hours, NetworkFilter network) {
    }

    /**
     * Reads the request.
     *
     * @throws InputException naming the parameter as the surface spells it: no origin or an unknown one,
     *                        bands missing, not numbers, out of range or too many, an option refused
     */
    public Isochrone read(Dataset dataset, PlaceLookup places) {
        List<String> origins = options.list(RouteRequest.FROM);
        if (origins.size() != 1) {
            throw InputException.ofParameter(options.spell(RouteRequest.FROM), origins.isEmpty()
                    ? "required: the place goods leave from (id, name or alias), such as Gwadar"
                    : "one place only; got " + origins.size());
        }
        List<Double> hours = hours();
        Place origin = places.match(origins.get(0), options.spell(RouteRequest.FROM));
        RouteQuery query = options.template(dataset, places, origin.id()).withObjective(Objective.TIME);
        if (query.avoidPlaces().contains(origin.id())) {
            throw InputException.ofParameter(options.spell(RouteRequest.AVOID), origin.name() + " is the origin and "
                    + "cannot be avoided");
        }
        if (!options.given(RouteRequest.MODES)) {
            query = query.withModes(Set.of(Mode.ROAD));
        }
        return new Isochrone(origin, query, hours, options.network());
    }

    private List<Double> hours() {
        String name = options.spell(HOURS);
        List<String> items = options.list(HOURS);
        if (items.isEmpty()) {
            throw InputException.ofParameter(name, "required: one or more hours from departure, such as 4,8,12");
        }
        if (items.size() > Isochrones.MAX_BANDS) {
            throw InputException.ofParameter(name, items.size() + " bands; at most " + Isochrones.MAX_BANDS);
        }
        List<Double> hours = new ArrayList<>();
        for (String item : items) {
            double h;
            try {
                h = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw InputException.ofParameter(name, "'" + item + "' is not a number of hours; expected numbers "
                        + "such as 4,8,12");
            }
            if (!(h > 0) || h > Isochrones.MAX_HOURS) {
                throw InputException.ofParameter(name, "each band must be above 0 and at most "
                        + (long) Isochrones.MAX_HOURS + " hours (two weeks); got '" + item + "'");
            }
            hours.add(h);
        }
        return hours;
    }
}
