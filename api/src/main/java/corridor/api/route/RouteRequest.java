package corridor.api.route;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.vehicle.Vehicle;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.PlaceMatcher;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.Weights;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A route request read from text parameters: the one set of rules and error messages for the
 * {@code route}, {@code compare}, {@code scenario}, {@code mineral-routes} and {@code criticality}
 * commands and the {@code /api/route}, {@code /api/compare}, {@code /api/scenarios/{id}/run} and
 * {@code /api/mineral-routes} endpoints.
 *
 * <p>Parameters have one snake_case name each ({@link #FROM}, {@link #AVOID_LINK}...), spelled by the
 * surface's {@link ParameterStyle} ({@code avoid_link} in the API, {@code --avoid-link} on the command
 * line); every {@link InputException} names the parameter so spelled, with the same reason on both.
 * Lists are comma-separated, and may also be repeated where the surface allows it. Each method reads
 * only its own parameters, when called; unknown parameters are the surface's to refuse.
 *
 * <p>Not thread-safe to share; cheap to make per request.
 */
public final class RouteRequest {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String DATE = "date";
    public static final String CARGO = "cargo";
    public static final String TONNES_PER_TEU = "tonnes_per_teu";
    public static final String MODES = "modes";
    public static final String AVOID = "avoid";
    public static final String AVOID_LINK = "avoid_link";
    public static final String RISK_CEILING = "risk_ceiling";
    public static final String NETWORK = "network";
    public static final String OBJECTIVE = "objective";
    public static final String WEIGHTS = "weights";
    public static final String VEHICLE = "vehicle";
    /**
     * Whether to add turn-by-turn directions to a route (true or false): a parameter of the API's
     * {@code /api/route} only; the command line asks with {@code --format directions} or {@code --directions}.
     */
    public static final String DIRECTIONS = "directions";

    /** What every routing request takes besides its ends: departure, cargo, modes, what to avoid, a risk ceiling. */
    public static final List<String> OPTIONS = List.of(DATE, CARGO, TONNES_PER_TEU, MODES, AVOID, AVOID_LINK, RISK_CEILING,
            VEHICLE);
    /** The parameters of a route ({@code route}, {@code /api/route}). */
    public static final List<String> ROUTE = join(List.of(FROM, TO), OPTIONS, List.of(NETWORK, OBJECTIVE, WEIGHTS));
    /** The parameters of the comparison through each seaport ({@code compare}, {@code /api/compare}). */
    public static final List<String> COMPARE = join(List.of(FROM, TO), OPTIONS, List.of(NETWORK, OBJECTIVE));
    /** The parameters of a scenario's run: its network is the scenario's own. */
    public static final List<String> SCENARIO = join(List.of(FROM, TO), OPTIONS, List.of(OBJECTIVE));
    /** The parameters of the routes of mineral areas, besides which areas (the surface's own). */
    public static final List<String> MINERAL_ROUTES = join(OPTIONS, List.of(NETWORK, OBJECTIVE));

    /** The cargo when none is given. */
    public static final String DEFAULT_CARGO = "20t";

    private final TextParameters parameters;
    private final ParameterStyle style;

    public RouteRequest(TextParameters parameters, ParameterStyle style) {
        this.parameters = parameters;
        this.style = style;
    }

    /** {@code name} as this request's surface spells it. */
    public String spell(String name) {
        return style.spell(name);
    }

    /**
     * The query between the places {@link #FROM} and {@link #TO} name (by id, name or alias), with
     * these options; fastest unless the caller sets its objective or weights.
     *
     * @param places finds the places (the server's index, or a {@link PlaceMatcher} over {@code dataset})
     * @throws InputException when an end is missing or unknown, both are the same place, an avoided
     *                        place is an end, or an option is malformed
     */
    public RouteQuery query(Dataset dataset, PlaceLookup places) {
        Place from = places.match(required(FROM, "Kashgar"), spell(FROM));
        Place to = places.match(required(TO, "Gwadar"), spell(TO));
        if (from.id().equals(to.id())) {
            throw InputException.ofParameter(spell(TO), "from and to are the same place (" + from.name()
                    + "); pick two places");
        }
        return build(dataset, places, from.id(), to.id(), Set.of(from.id(), to.id()));
    }

    /** As {@link #query(Dataset, PlaceLookup)}, places found by a {@link PlaceMatcher} over the dataset's places. */
    public RouteQuery query(Dataset dataset) {
        return query(dataset, new PlaceMatcher(dataset.places())::match);
    }

    /**
     * A query with these options whose ends the caller sets per pair with {@link RouteQuery#withEnds}
     * (both are {@code placeId} until then): for criticality and the routes of mineral areas.
     */
    public RouteQuery template(Dataset dataset, PlaceLookup places, String placeId) {
        return build(dataset, places, placeId, placeId, Set.of());
    }

    /** As {@link #template(Dataset, PlaceLookup, String)}, places found by a {@link PlaceMatcher}. */
    public RouteQuery template(Dataset dataset, String placeId) {
        return template(dataset, new PlaceMatcher(dataset.places())::match, placeId);
    }

    private RouteQuery build(Dataset dataset, PlaceLookup places, String fromId, String toId, Set<String> ends) {
        Set<String> avoid = new LinkedHashSet<>();
        for (String text : list(AVOID)) {
            Place place = places.match(text, spell(AVOID));
            if (ends.contains(place.id())) {
                throw InputException.ofParameter(spell(AVOID), place.name() + " is an end of the route and cannot be avoided");
            }
            avoid.add(place.id());
        }
        Set<String> avoidLinks = new LinkedHashSet<>();
        for (String id : list(AVOID_LINK)) {
            if (dataset.link(id).isEmpty()) {
                throw InputException.ofParameter(spell(AVOID_LINK), "no link with id '" + id + "'");
            }
            avoidLinks.add(id);
        }
        return new RouteQuery(fromId, toId, departure(), cargo(), modes(), avoid, avoidLinks, riskCeiling(),
                Objective.TIME.weights(), vehicle(dataset));
    }

    /**
     * The vehicle ({@link #VEHICLE}, an id of the dataset's vehicles.csv); when absent,
     * {@link Vehicle#DEFAULT_ID}, the rigid truck that carries the default 20 t, or a truck of no
     * figures when the dataset has no such profile.
     */
    public Vehicle vehicle(Dataset dataset) {
        Optional<String> id = single(VEHICLE);
        if (id.isEmpty()) {
            return dataset.vehicle(Vehicle.DEFAULT_ID).orElseGet(Vehicle::unspecifiedTruck);
        }
        return vehicle(dataset, id.get(), spell(VEHICLE));
    }

    /**
     * The vehicle of id {@code id} in the dataset's vehicles.csv.
     *
     * @param parameter the parameter as the surface spells it, for the error
     * @throws InputException naming the known vehicles when there is none of that id
     */
    public static Vehicle vehicle(Dataset dataset, String id, String parameter) {
        return dataset.vehicle(id.trim()).orElseThrow(() -> InputException.ofParameter(parameter,
                "no vehicle '" + id + "'; known: " + (dataset.vehicles().isEmpty() ? "none (the dataset has no "
                + "vehicles.csv)" : dataset.vehicles().stream().map(Vehicle::id).collect(Collectors.joining(", ")))));
    }

    /** The departure day ({@link #DATE}, YYYY-MM-DD); today in UTC when absent. */
    public LocalDate departure() {
        return single(DATE).map(text -> date(text, spell(DATE))).orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * A departure day written YYYY-MM-DD, within {@link RouteQuery#EARLIEST_DEPARTURE} to
     * {@link RouteQuery#LATEST_DEPARTURE}.
     *
     * @param parameter the parameter as the user spelled it, for the error
     */
    public static LocalDate date(String text, String parameter) {
        LocalDate date = plainDate(text);
        if (date != null) {
            return RouteQuery.checkDeparture(date, parameter);
        }
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InputException.ofParameter(parameter, "not a date: '" + text.trim()
                    + "'; expected YYYY-MM-DD such as 2025-07-01");
        }
        return RouteQuery.checkDeparture(date, parameter);
    }

    /**
     * The day {@code text} writes as exactly {@code YYYY-MM-DD}, read digit by digit (the formatter's parse
     * was a twentieth of answering a route request); null when it is written otherwise or is no such day, for
     * the formatter to read or refuse with its reason.
     */
    private static LocalDate plainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the decimal digits {@code text[from, to)} write, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Tonnes counted per TEU ({@link #TONNES_PER_TEU}); {@link RoutingParameters#TONNES_PER_TEU} when absent. */
    public double tonnesPerTeu() {
        return single(TONNES_PER_TEU).map(text -> {
            double tonnes = number(text);
            if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
                throw InputException.ofParameter(spell(TONNES_PER_TEU), "expected a positive number of tonnes, like "
                        + "10; got '" + text + "'");
            }
            return tonnes;
        }).orElse(RoutingParameters.TONNES_PER_TEU);
    }

    /** The cargo ({@link #CARGO}: 20t, 1teu); {@link #DEFAULT_CARGO} when absent. */
    public Cargo cargo() {
        return Cargo.parse(single(CARGO).orElse(DEFAULT_CARGO), tonnesPerTeu(), spell(CARGO));
    }

    /** The modes allowed ({@link #MODES}: road, rail, sea); all when absent. Transfers are always allowed. */
    public Set<Mode> modes() {
        List<String> names = list(MODES);
        if (names.isEmpty()) {
            return EnumSet.allOf(Mode.class);
        }
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (String name : names) {
            Mode mode = Arrays.stream(Mode.values()).filter(m -> m != Mode.TRANSFER && m.name().equalsIgnoreCase(name))
                    .findFirst().orElseThrow(() -> InputException.ofParameter(spell(MODES), "unknown mode '" + name
                            + "'; expected road, rail or sea"));
            modes.add(mode);
        }
        return modes;
    }

    /** The highest total risk accepted ({@link #RISK_CEILING}, risk points); {@code null} when absent. */
    public Double riskCeiling() {
        return single(RISK_CEILING).map(text -> {
            double ceiling = number(text);
            if (!(ceiling >= 0) || Double.isInfinite(ceiling)) {
                throw InputException.ofParameter(spell(RISK_CEILING), "expected a number of risk points, 0 or more; "
                        + "got '" + text + "'");
            }
            return ceiling;
        }).orElse(null);
    }

    /**
     * The network ({@link #NETWORK}): {@code existing} (links in service today) or {@code with_planned}
     * (also planned and under construction; {@code planned} says the same); existing when absent.
     */
    public NetworkFilter network() {
        return single(NETWORK).map(text -> switch (text.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "existing" -> NetworkFilter.EXISTING;
            case "with_planned", "planned" -> NetworkFilter.WITH_PLANNED;
            default -> throw InputException.ofParameter(spell(NETWORK), "expected existing (links in service today) "
                    + "or with_planned (with links planned or under construction); got '" + text + "'");
        }).orElse(NetworkFilter.EXISTING);
    }

    /**
     * The engine's parameters for this request: the documented defaults, with risk measured from the
     * departure day and a TEU counted as {@link #tonnesPerTeu()}. The server keeps one set for its
     * prebuilt graphs instead (risk measured from its start).
     */
    public RoutingParameters routingParameters() {
        return RoutingParameters.defaults(departure()).withTonnesPerTeu(tonnesPerTeu());
    }

    /** The single objective ({@link #OBJECTIVE}: time, cost, co2 or risk); {@code fallback} when absent. */
    public Objective objective(Objective fallback) {
        return single(OBJECTIVE).map(text -> Objective.parse(text, spell(OBJECTIVE))).orElse(fallback);
    }

    /**
     * What a route minimises: {@link #OBJECTIVE} (time, cost, co2, risk, or pareto for the set of
     * trade-offs; time when absent), or the blend {@link #WEIGHTS} gives ({@code time=1,cost=0.02}),
     * which takes the place of a single objective.
     *
     * @throws InputException on an unknown objective, malformed weights, or weights with pareto
     */
    public RouteGoal goal() {
        Optional<String> objective = single(OBJECTIVE);
        Optional<String> weights = single(WEIGHTS);
        if (objective.isPresent() && objective.get().equalsIgnoreCase("pareto")) {
            if (weights.isPresent()) {
                throw InputException.ofParameter(spell(WEIGHTS), "a Pareto set has no weights; leave them out");
            }
            return RouteGoal.PARETO;
        }
        if (weights.isPresent()) {
            return RouteGoal.blend(weights(weights.get()));
        }
        try {
            return RouteGoal.of(objective(Objective.TIME));
        } catch (InputException e) {
            throw InputException.ofParameter(spell(OBJECTIVE), e.reason() + ", or pareto");
        }
    }

    /**
     * Whether the route should come with turn-by-turn directions ({@link #DIRECTIONS}: true or false); false
     * when absent.
     *
     * @throws InputException on another value, or with the Pareto set (directions are for one route)
     */
    public boolean directions() {
        boolean wanted = single(DIRECTIONS).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InputException.ofParameter(spell(DIRECTIONS), "expected true or false; got '" + text + "'");
        }).orElse(false);
        if (wanted && goal().pareto()) {
            throw InputException.ofParameter(spell(DIRECTIONS), "directions are written for one route; not with "
                    + spell(OBJECTIVE) + " pareto");
        }
        return wanted;
    }

    /** Parses {@code time=1,cost=0.02}: weights per hour, US dollar, kg of CO2 and risk point. */
    private Weights weights(String text) {
        double[] values = new double[4];
        List<String> names = List.of("time", "cost", "co2", "risk");
        for (String part : text.split(",")) {
            String[] pair = part.split("=", 2);
            double value = pair.length == 2 ? number(pair[1]) : Double.NaN;
            if (Double.isNaN(value)) {
                throw InputException.ofParameter(spell(WEIGHTS), "expected name=number pairs like time=1,cost=0.02; got '"
                        + part + "'");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw InputException.ofParameter(spell(WEIGHTS), "weights must be >= 0, got '" + part + "'");
            }
            int criterion = names.indexOf(pair[0].trim().toLowerCase(Locale.ROOT));
            if (criterion < 0) {
                throw InputException.ofParameter(spell(WEIGHTS), "unknown criterion '" + pair[0]
                        + "'; expected time, cost, co2 or risk");
            }
            values[criterion] = value;
        }
        if (values[0] + values[1] + values[2] + values[3] == 0) {
            throw InputException.ofParameter(spell(WEIGHTS), "at least one weight must be positive");
        }
        return new Weights(values[0], values[1], values[2], values[3]);
    }

    /** A number, or NaN when the text is none (callers refuse NaN with their own reason). */
    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A place that must be given. */
    private String required(String name, String example) {
        return single(name).orElseThrow(() -> InputException.ofParameter(spell(name), "required: a place id, name or "
                + "alias, such as " + example));
    }

    /** A single-valued parameter, trimmed; empty when absent or blank. */
    private Optional<String> single(String name) {
        List<String> given = parameters.values(name).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (given.size() > 1) {
            throw InputException.ofParameter(spell(name), "given " + given.size() + " times; give it once");
        }
        return given.stream().findFirst();
    }

    /** A list parameter: every value split at commas, items trimmed, empty ones dropped. */
    public List<String> list(String name) {
        return parameters.items(name);
    }

    /** Whether {@code name} is given with a value that is not blank. */
    public boolean given(String name) {
        return parameters.given(name);
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
