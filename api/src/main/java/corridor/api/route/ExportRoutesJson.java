package corridor.api.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.model.network.Place;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.route.Objective;

import java.util.List;

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
        return RouteJson.routes(objective, "routes", rows.stream().map(ExportRoutesJson::row).toList());
    }

    private static ObjectNode row(ExportRoutes.Row row) {
        Place to = row.destination();
        ObjectNode node = RouteJson.withResult(new Row(row.area().id(), row.area().name(), row.start().place().id(),
                row.start().place().name(), row.start().firstMileKm(),
                new WayOut(row.way().via().id(), row.way().label(), JsonValues.lower(row.way().kind())),
                to == null ? null : to.id(), to == null ? null : to.name()), row.result());
        if (row.result().found()) {
            node.put("cost_usd_per_tonne", row.costUsdPerTonne());
            node.put("cost_incomplete", row.result().route().hasUnknownCost());
        }
        return node;
    }

    private record Row(String mineral, String mineralName, String start, String startName, double firstMileKm,
                       WayOut wayOut, String to, String toName) {
    }

    /** A way out: the place it leaves by, its label, and its kind (overland or sea). */
    private record WayOut(String id, String label, String kind) {
    }
}
