package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.scenario.ScenarioComparison;

import java.util.Locale;

/**
 * A route before and after a scenario as JSON ({@code scenario --format json},
 * {@code /api/scenarios/{id}/run}): the {@code scenario} ({@code name}, {@code description},
 * {@code network}; the API adds its catalogue's {@code id}, {@code shipped} and {@code uploaded_at}),
 * the {@code changes} one line each, {@code before} and {@code after} (each {@link RouteJson#result}),
 * and when both have a route the {@code difference} (after minus before, {@link RouteJson#totals}) with
 * {@code cost_comparable} and {@code co2_comparable}: false when a route leaves out unknown values, so
 * that the difference of two lower bounds means nothing. Stateless; thread-safe.
 */
public final class ScenarioComparisonJson {

    private ScenarioComparisonJson() {
    }

    public static ObjectNode answer(ScenarioComparison comparison) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode scenario = node.putObject("scenario");
        scenario.put("name", comparison.scenario().name());
        scenario.put("description", comparison.scenario().description());
        scenario.put("network", comparison.scenario().network().name().toLowerCase(Locale.ROOT));
        ArrayNode changes = node.putArray("changes");
        comparison.applied().changes().forEach(changes::add);
        node.set("before", RouteJson.result(comparison.before()));
        node.set("after", RouteJson.result(comparison.after()));
        comparison.difference().ifPresent(d -> {
            ObjectNode difference = RouteJson.totals(d);
            difference.put("cost_comparable", comparison.costComparable());
            difference.put("co2_comparable", comparison.co2Comparable());
            node.set("difference", difference);
        });
        return node;
    }
}
