package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.api.route.JsonText;
import corridor.api.route.RouteGeoJson;
import corridor.routing.route.RouteResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How routing commands print: a readable table, JSON or GeoJSON ({@code --format} of {@code compare}, {@code mineral-routes}). */
enum RouteFormat {
    TABLE, JSON, GEOJSON;

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
