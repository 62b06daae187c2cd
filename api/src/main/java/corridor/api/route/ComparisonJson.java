package corridor.api.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.model.network.Place;
import corridor.routing.analysis.Comparison;
import corridor.routing.route.Objective;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Routes through each seaport side by side as JSON ({@code compare --format json}, {@code /api/compare}):
 * {@code objective} and {@code alternatives}, routes found first, best first; each with {@code via}
 * ({@code id}, {@code name}, {@code country}), {@code km_by_mode} (km by road, rail, sea...) and the
 * search result ({@link RouteJson#result}); then {@code router} and {@code router_note}
 * ({@link RouteJson#putAnsweredBy}). Stateless; thread-safe.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static ObjectNode answer(Objective objective, List<Comparison.Alternative> alternatives) {
        ObjectNode answer = RouteJson.routes(objective, "alternatives", alternatives.stream().map(a -> RouteJson.withResult(
                new Alternative(via(a.via()), kmByMode(a)), a.result())).toList());
        RouteJson.putAnsweredBy(answer, Comparison.answeredBy(alternatives));
        return answer;
    }

    private static Via via(Place via) {
        return new Via(via.id(), via.name(), via.country());
    }

    private static Map<String, Double> kmByMode(Comparison.Alternative alternative) {
        return alternative.kmByMode().entrySet().stream().collect(Collectors.toMap(e -> JsonValues.lower(e.getKey()),
                Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    /** The seaport a route goes through, and its km by mode (road, rail, sea...). */
    private record Alternative(Via via, Map<String, Double> kmByMode) {
    }

    private record Via(String id, String name, String country) {
    }
}
