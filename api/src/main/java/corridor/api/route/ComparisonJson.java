package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.analysis.Comparison;
import corridor.routing.route.Objective;

import java.util.List;
import java.util.Locale;

/**
 * Routes through each seaport side by side as JSON ({@code compare --format json}, {@code /api/compare}):
 * {@code objective} and {@code alternatives}, routes found first, best first; each with {@code via}
 * ({@code id}, {@code name}, {@code country}), {@code km_by_mode} (km by road, rail, sea...) and the
 * search result ({@link RouteJson#result}). Stateless; thread-safe.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static ObjectNode answer(Objective objective, List<Comparison.Alternative> alternatives) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", objective.name().toLowerCase(Locale.ROOT));
        ArrayNode array = node.putArray("alternatives");
        for (Comparison.Alternative alternative : alternatives) {
            ObjectNode a = array.addObject();
            ObjectNode via = a.putObject("via");
            via.put("id", alternative.via().id());
            via.put("name", alternative.via().name());
            via.put("country", alternative.via().country());
            ObjectNode km = a.putObject("km_by_mode");
            alternative.kmByMode().forEach((mode, distanceKm) -> km.put(mode.name().toLowerCase(Locale.ROOT), distanceKm));
            a.setAll(RouteJson.result(alternative.result()));
        }
        return node;
    }
}
