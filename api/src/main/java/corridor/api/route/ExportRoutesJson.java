package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.route.Objective;

import java.util.List;
import java.util.Locale;

/**
 * The routes of mineral areas by each way out as JSON ({@code mineral-routes --format json},
 * {@code /api/mineral-routes}): {@code objective} and {@code routes}, one per area and way out, each
 * with the {@code mineral} ({@code mineral_name}), where it {@code start}s ({@code start_name}) and the
 * straight-line {@code first_mile_km} to there (not routed, not costed), the {@code way_out}
 * ({@code id}, {@code label}, {@code kind}: overland or sea), the place reached ({@code to},
 * {@code to_name}; null without a route), the search result ({@link RouteJson#result}) and, with a
 * route, {@code cost_usd_per_tonne} and {@code cost_incomplete} (some costs on the way are unknown and
 * left out). Stateless; thread-safe.
 */
public final class ExportRoutesJson {

    private ExportRoutesJson() {
    }

    public static ObjectNode answer(Objective objective, List<ExportRoutes.Row> rows) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", objective.name().toLowerCase(Locale.ROOT));
        ArrayNode routes = node.putArray("routes");
        rows.forEach(row -> routes.add(row(row)));
        return node;
    }

    private static ObjectNode row(ExportRoutes.Row row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mineral", row.area().id());
        node.put("mineral_name", row.area().name());
        node.put("start", row.start().place().id());
        node.put("start_name", row.start().place().name());
        node.put("first_mile_km", row.start().firstMileKm());
        ObjectNode way = node.putObject("way_out");
        way.put("id", row.way().via().id());
        way.put("label", row.way().label());
        way.put("kind", row.way().kind().name().toLowerCase(Locale.ROOT));
        node.put("to", row.destination() == null ? null : row.destination().id());
        node.put("to_name", row.destination() == null ? null : row.destination().name());
        node.setAll(RouteJson.result(row.result()));
        if (row.result().found()) {
            node.put("cost_usd_per_tonne", row.costUsdPerTonne());
            node.put("cost_incomplete", row.result().route().hasUnknownCost());
        }
        return node;
    }
}
