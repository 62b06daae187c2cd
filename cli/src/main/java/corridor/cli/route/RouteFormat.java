package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.api.route.JsonText;
import corridor.api.route.RouteGeoJson;
import corridor.model.InputException;
import corridor.routing.route.RouteResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How routing commands print: a readable table, JSON or GeoJSON. */
enum RouteFormat {
    TABLE, JSON, GEOJSON;

    /** The format of {@code --format} TEXT, any case. */
    static RouteFormat parse(String text) {
        return parse(text, "table, json or geojson");
    }

    /** The format of {@code --format} TEXT, any case, for a command that also takes others ({@code expected} lists all). */
    static RouteFormat parse(String text, String expected) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter("--format", "expected " + expected + ", got '" + text + "'");
        }
    }

    /** The format of {@code --format} TEXT for a command that draws no map: table or json. */
    static RouteFormat tableOrJson(String text, String command) {
        RouteFormat format = parse(text);
        if (format == GEOJSON) {
            throw InputException.ofParameter("--format", command + " prints table or json");
        }
        return format;
    }

    /**
     * Prints the answer of a command that routes several times ({@code compare}, {@code mineral-routes}) in
     * this format: the table, the JSON, or as GeoJSON the routes found, in order.
     *
     * @return the exit code: 0 when some result found a route, 1 when none did
     */
    int printAll(PrintWriter out, List<RouteResult> results, Consumer<PrintWriter> table, Supplier<JsonNode> json) {
        switch (this) {
            case TABLE -> table.accept(out);
            case JSON -> out.println(JsonText.pretty(json.get()));
            case GEOJSON -> out.println(JsonText.pretty(RouteGeoJson.features(results.stream()
                    .filter(RouteResult::found).map(RouteResult::route).toList())));
        }
        return results.stream().anyMatch(RouteResult::found) ? 0 : 1;
    }
}
