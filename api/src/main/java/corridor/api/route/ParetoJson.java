package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.RouteResult;

/**
 * The Pareto set as JSON ({@code route --objective pareto --format json}, {@code /api/route?objective=pareto}):
 * {@code objective} "pareto", {@code found}, {@code why_none} when the set is empty, {@code truncated}
 * (a label bound was reached: the set may miss trade-offs), the {@code routes} fastest first (each as
 * {@link RouteJson#route}) and the {@code closures} met. Stateless; thread-safe.
 */
public final class ParetoJson {

    private ParetoJson() {
    }

    public static ObjectNode answer(ParetoResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", RouteGoal.PARETO.name());
        node.put("found", !result.routes().isEmpty());
        if (result.routes().isEmpty()) {
            node.put("why_none", new RouteResult(null, result.closures()).whyNone());
        }
        node.put("truncated", result.truncated());
        ArrayNode routes = node.putArray("routes");
        result.routes().forEach(r -> routes.add(RouteJson.route(r)));
        node.set("closures", RouteJson.closures(result.closures()));
        return node;
    }
}
