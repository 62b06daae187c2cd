package corridor.api.matrix;

import corridor.api.JsonValues;
import corridor.api.route.ParameterStyle;
import corridor.api.route.PlaceLookup;
import corridor.api.route.RouteGoal;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.route.RouteQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A travel matrix request read from text parameters: the places of the rows ({@link RouteRequest#FROM})
 * and of the columns ({@link RouteRequest#TO}), comma-separated or repeated, by id, name or alias;
 * then the options of a route ({@link RouteRequest#OPTIONS}, network, objective or weights), read by
 * {@link RouteRequest} with its rules and messages. Differences from a route: modes are road when
 * not given (a matrix is for trucks first; several modes are answered by the router pair by pair),
 * the Pareto set is refused (a cell holds one route), and the size is bounded
 * ({@link MatrixEngine#MAX_CELLS}, {@link MatrixEngine#MAX_ROUTER_CELLS}), checked before any place is
 * looked up.
 *
 * <p>Not thread-safe to share; cheap to make per request.
 */
public final class MatrixRequest {

    /** The parameters of a matrix ({@code matrix}, {@code POST /api/matrix}). */
    public static final List<String> PARAMETERS = Stream.of(List.of(RouteRequest.FROM, RouteRequest.TO),
            RouteRequest.OPTIONS, List.of(RouteRequest.NETWORK, RouteRequest.OBJECTIVE, RouteRequest.WEIGHTS))
            .flatMap(List::stream).toList();

    /** The request's route options, which also read its own parameters: the same rules and spelling. */
    private final RouteRequest options;

    public MatrixRequest(TextParameters parameters, ParameterStyle style) {
        this.options = new RouteRequest(parameters, style);
    }

    /**
     * What a matrix request asks.
     *
     * @param from     the row places, in the order given (repeats kept)
     * @param to       the column places
     * @param template the options and weights of every cell's route; its ends are not read
     * @param goal     what each cell's route minimises (never the Pareto set)
     * @param network  which links: existing, or with planned ones
     */
    public record Matrix(List<Place> from, List<Place> to, RouteQuery template, RouteGoal goal, NetworkFilter network) {

        public List<String> fromIds() {
            return from.stream().map(Place::id).toList();
        }

        public List<String> toIds() {
            return to.stream().map(Place::id).toList();
        }
    }

    /**
     * Reads the request.
     *
     * @param places finds the places (the server's index, or a matcher over the dataset)
     * @throws InputException naming the parameter as the surface spells it: a list missing or empty, too
     *                        many cells, an unknown place, an avoided place that is a row or column, the
     *                        Pareto set, or an option the route request refuses
     */
    public Matrix read(Dataset dataset, PlaceLookup places) {
        List<String> fromNames = list(RouteRequest.FROM, "Gwadar,Sost");
        List<String> toNames = list(RouteRequest.TO, "Kashgar,Karachi");
        long cells = (long) fromNames.size() * toNames.size();
        if (cells > MatrixEngine.MAX_CELLS) {
            throw InputException.ofParameter(spell(RouteRequest.TO), fromNames.size() + " × " + toNames.size() + " = "
                    + cells + " cells; a matrix may have at most " + MatrixEngine.MAX_CELLS + " (100 × 100, say)");
        }
        RouteGoal goal = options.goal();
        if (goal.pareto()) {
            throw InputException.ofParameter(spell(RouteRequest.OBJECTIVE), "a matrix holds one route a pair; pick "
                    + "time, cost, co2 or risk, or weights");
        }
        List<Place> from = lookUp(fromNames, places, RouteRequest.FROM);
        List<Place> to = lookUp(toNames, places, RouteRequest.TO);
        RouteQuery template = options.template(dataset, places, from.get(0).id()).withWeights(goal.weights());
        if (!options.given(RouteRequest.MODES)) {
            template = template.withModes(Set.of(Mode.ROAD));
        }
        Set<String> ends = new HashSet<>(Stream.concat(from.stream(), to.stream()).map(Place::id).toList());
        for (String avoided : template.avoidPlaces()) {
            if (ends.contains(avoided)) {
                throw InputException.ofParameter(spell(RouteRequest.AVOID), "'" + avoided + "' is a row or column of "
                        + "the matrix and cannot be avoided");
            }
        }
        String reason = MatrixEngine.routerReason(template);
        if (reason != null && cells > MatrixEngine.MAX_ROUTER_CELLS) {
            String parameter = template.riskCeiling() != null ? RouteRequest.RISK_CEILING : RouteRequest.MODES;
            throw InputException.ofParameter(spell(parameter), cells + " cells, each answered by the router ("
                    + reason + "); at most " + MatrixEngine.MAX_ROUTER_CELLS + " so; with one mode and no risk "
                    + "ceiling a matrix may have " + MatrixEngine.MAX_CELLS);
        }
        return new Matrix(from, to, template, goal, options.network());
    }

    private List<Place> lookUp(List<String> names, PlaceLookup places, String name) {
        List<Place> found = new ArrayList<>(names.size());
        for (String text : names) {
            found.add(places.match(text, spell(name)));
        }
        return found;
    }

    /** A required list: every value split at commas, items trimmed, empty ones dropped. */
    private List<String> list(String name, String example) {
        List<String> items = options.list(name);
        if (items.isEmpty()) {
            throw InputException.ofParameter(spell(name), "required: one or more places (id, name or alias), "
                    + "comma-separated, such as " + example);
        }
        return items;
    }

    private String spell(String name) {
        return options.spell(name);
    }

    /** The answer's {@code modes}: the modes asked, lower case, transfers left out. */
    static List<String> modeNames(RouteQuery query) {
        return query.modes().stream().filter(m -> m != Mode.TRANSFER).map(JsonValues::lower).toList();
    }
}
