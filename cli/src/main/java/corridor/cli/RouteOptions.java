package corridor.cli;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.Mode;
import corridor.model.Place;
import corridor.routing.Cargo;
import corridor.routing.NetworkFilter;
import corridor.routing.PlaceMatcher;
import corridor.routing.RouteQuery;
import corridor.routing.Router;
import corridor.routing.RoutingGraph;
import corridor.routing.RoutingParameters;
import corridor.routing.Weights;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every routing command shares: departure date, cargo, modes, places and links to avoid, a
 * risk ceiling and the network. Use as {@code @Mixin RouteOptions route;}.
 */
final class RouteOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "departure day; opening calendars are checked on the day goods reach a place (default: today)")
    String date;

    @Option(names = "--cargo", paramLabel = "AMOUNT", defaultValue = "20t",
            description = "cargo in tonnes or TEU: 20t, 1teu (default: ${DEFAULT-VALUE})")
    String cargo;

    @Option(names = "--tonnes-per-teu", paramLabel = "T", defaultValue = "" + RoutingParameters.TONNES_PER_TEU,
            description = "tonnes counted per TEU, an assumption (default: ${DEFAULT-VALUE})")
    double tonnesPerTeu;

    @Option(names = "--modes", paramLabel = "MODES", split = ",",
            description = "modes allowed, comma-separated: road,rail,sea (default: all)")
    List<String> modes = new ArrayList<>();

    @Option(names = "--avoid", paramLabel = "PLACE", description = "a place to avoid, by id or name (repeatable)")
    List<String> avoid = new ArrayList<>();

    @Option(names = "--avoid-link", paramLabel = "LINK", description = "a link id to avoid (repeatable)")
    List<String> avoidLinks = new ArrayList<>();

    @Option(names = "--risk-ceiling", paramLabel = "POINTS", description = "highest total risk accepted")
    Double riskCeiling;

    @Option(names = "--network", paramLabel = "NETWORK", defaultValue = "existing",
            description = "existing, or with_planned to add planned and under-construction links (default: ${DEFAULT-VALUE})")
    String network;

    LocalDate departure() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return RouteQuery.checkDeparture(LocalDate.parse(date), "--date");
        } catch (DateTimeParseException e) {
            throw InputException.ofParameter("--date", "expected a date like 2024-07-01, got '" + date + "'");
        }
    }

    RoutingParameters parameters() {
        if (!(tonnesPerTeu > 0)) {
            throw InputException.ofParameter("--tonnes-per-teu", "must be a positive number");
        }
        return RoutingParameters.defaults(departure()).withTonnesPerTeu(tonnesPerTeu);
    }

    NetworkFilter networkFilter() {
        try {
            return NetworkFilter.valueOf(network.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter("--network", "expected existing or with_planned, got '" + network + "'");
        }
    }

    Set<Mode> modeSet() {
        if (modes.isEmpty()) {
            return EnumSet.allOf(Mode.class);
        }
        Set<Mode> set = EnumSet.noneOf(Mode.class);
        for (String text : modes) {
            try {
                Mode mode = Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
                if (mode == Mode.TRANSFER) {
                    throw new IllegalArgumentException();
                }
                set.add(mode);
            } catch (IllegalArgumentException e) {
                throw InputException.ofParameter("--modes", "unknown mode '" + text + "'; expected road, rail or sea");
            }
        }
        return set;
    }

    /** A router over the dataset's network, with these options' parameters. */
    Router router(Dataset dataset) {
        return new Router(RoutingGraph.build(dataset, networkFilter(), parameters()));
    }

    /** The query from {@code fromText} to {@code toText}, places matched forgivingly; fastest by default. */
    RouteQuery query(Dataset dataset, String fromText, String toText) {
        PlaceMatcher matcher = new PlaceMatcher(dataset.places());
        Place from = matcher.match(fromText, "--from");
        Place to = matcher.match(toText, "--to");
        if (from.id().equals(to.id())) {
            throw InputException.ofParameter("--to", "is the same place as --from (" + from.id() + ")");
        }
        return query(dataset, matcher, from.id(), to.id());
    }

    /**
     * A query with these options (cargo, date, modes, avoided places and links, risk ceiling) whose ends
     * the caller replaces with {@link RouteQuery#withEnds}; both ends are {@code placeId} until then.
     */
    RouteQuery template(Dataset dataset, String placeId) {
        return query(dataset, new PlaceMatcher(dataset.places()), placeId, placeId);
    }

    private RouteQuery query(Dataset dataset, PlaceMatcher matcher, String fromId, String toId) {
        Set<String> avoidIds = new LinkedHashSet<>();
        for (String text : avoid) {
            avoidIds.add(matcher.match(text, "--avoid").id());
        }
        for (String id : avoidLinks) {
            if (dataset.link(id).isEmpty()) {
                throw InputException.ofParameter("--avoid-link", "no link with id '" + id + "'");
            }
        }
        Cargo amount = Cargo.parse(cargo, tonnesPerTeu, "--cargo");
        if (riskCeiling != null && !(riskCeiling >= 0)) {
            throw InputException.ofParameter("--risk-ceiling", "must be a number >= 0");
        }
        return new RouteQuery(fromId, toId, departure(), amount, modeSet(), avoidIds, Set.copyOf(avoidLinks),
                riskCeiling, corridor.routing.Objective.TIME.weights());
    }

    /**
     * Parses {@code time=1,cost=0.02}: weights per hour, US dollar, kg of CO2 and risk point.
     */
    static Weights parseWeights(String text) {
        double time = 0, cost = 0, co2 = 0, risk = 0;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            double value;
            try {
                value = Double.parseDouble(kv.length == 2 ? kv[1].trim() : "");
            } catch (NumberFormatException e) {
                throw InputException.ofParameter("--weights", "expected name=number pairs like time=1,cost=0.02; got '"
                        + part + "'");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw InputException.ofParameter("--weights", "weights must be >= 0, got '" + part + "'");
            }
            switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                case "time" -> time = value;
                case "cost" -> cost = value;
                case "co2" -> co2 = value;
                case "risk" -> risk = value;
                default -> throw InputException.ofParameter("--weights", "unknown criterion '" + kv[0]
                        + "'; expected time, cost, co2 or risk");
            }
        }
        if (time + cost + co2 + risk == 0) {
            throw InputException.ofParameter("--weights", "at least one weight must be positive");
        }
        return new Weights(time, cost, co2, risk);
    }
}
