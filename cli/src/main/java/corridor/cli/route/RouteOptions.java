package corridor.cli.route;

import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.cli.common.NetworkOption;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options every routing command shares: departure date, cargo, modes, places and links to
 * avoid, a risk ceiling. Use as {@code @Mixin RouteOptions route;}. Picocli only collects them as
 * text: {@link RouteRequest} reads them, with the rules and messages of the API's parameters of the
 * same names ({@code --avoid-link} is {@code avoid_link}).
 */
final class RouteOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "departure day; opening calendars are checked on the day goods reach a place (default: today, UTC)")
    String date;

    @Option(names = "--cargo", paramLabel = "AMOUNT",
            description = "cargo in tonnes or TEU: 20t, 1teu (default: " + RouteRequest.DEFAULT_CARGO + ")")
    String cargo;

    @Option(names = "--tonnes-per-teu", paramLabel = "T",
            description = "tonnes counted per TEU, an assumption (default: 10)")
    String tonnesPerTeu;

    @Option(names = "--modes", paramLabel = "MODES",
            description = "modes allowed, comma-separated: road,rail,sea (default: all; road for matrix and isochrone)")
    List<String> modes = new ArrayList<>();

    @Option(names = "--avoid", paramLabel = "PLACE",
            description = "places to avoid, by id or name, comma-separated or repeated")
    List<String> avoid = new ArrayList<>();

    @Option(names = "--avoid-link", paramLabel = "LINK", description = "link ids to avoid, comma-separated or repeated")
    List<String> avoidLinks = new ArrayList<>();

    @Option(names = "--risk-ceiling", paramLabel = "POINTS", description = "highest total risk accepted, in risk points")
    String riskCeiling;

    @Option(names = "--vehicle", paramLabel = "ID",
            description = "the vehicle (an id of the dataset's vehicles.csv: car, light-transport, rigid-truck, "
                    + "articulated-40ft, articulated-2x20ft, tanker); default rigid-truck, the truck that carries the "
                    + "default 20 t; its class sets road speeds and access rules apply to it")
    String vehicle;

    /**
     * The request these options make with the command's ends and network (either may be null when the
     * command has none) and its own parameters ({@code name, value} pairs, snake_case names such as
     * {@link RouteRequest#OBJECTIVE}; a null value is absent).
     */
    RouteRequest request(Endpoints ends, NetworkOption network, String... more) {
        return new RouteRequest(parameters(ends, network, more), ParameterStyle.OPTION);
    }

    /** The text parameters these options give, as {@link #request} reads them (for the other requests' parsers). */
    TextParameters parameters(Endpoints ends, NetworkOption network, String... more) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, RouteRequest.DATE, date);
        put(values, RouteRequest.CARGO, cargo);
        put(values, RouteRequest.TONNES_PER_TEU, tonnesPerTeu);
        values.put(RouteRequest.MODES, modes);
        values.put(RouteRequest.AVOID, avoid);
        values.put(RouteRequest.AVOID_LINK, avoidLinks);
        put(values, RouteRequest.RISK_CEILING, riskCeiling);
        put(values, RouteRequest.VEHICLE, vehicle);
        if (ends != null) {
            put(values, RouteRequest.FROM, ends.from);
            put(values, RouteRequest.TO, ends.to);
        }
        if (network != null) {
            put(values, RouteRequest.NETWORK, network.network);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            put(values, more[i], more[i + 1]);
        }
        return TextParameters.of(values);
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }
}
