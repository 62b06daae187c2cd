package corridor.api.route;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.routing.scenario.Scenario;
import corridor.routing.scenario.ScenarioComparison;


/**
 * A route before and after a scenario as JSON ({@code scenario --format json},
 * {@code /api/scenarios/{id}/run}): the {@code scenario} ({@code name}, {@code description},
 * {@code network}; the API adds its catalogue's {@code id}, {@code shipped} and {@code uploaded_at}),
 * the {@code changes} one line each, {@code before} and {@code after} (each {@link RouteJson#result}),
 * and when both have a route the {@code difference} (after minus before, {@link RouteJson#totals}) with
 * {@code cost_comparable} and {@code co2_comparable}: false when a route leaves out unknown values, so
 * that the difference of two lower bounds means nothing; then {@code router} and {@code router_note}
 * ({@link RouteJson#putAnsweredBy}). Stateless; thread-safe.
 */
public final class ScenarioComparisonJson {

    private ScenarioComparisonJson() {
    }

    public static ObjectNode answer(ScenarioComparison comparison) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("scenario", scenario(comparison.scenario()));
        node.set("changes", JsonValues.texts(comparison.applied().changes()));
        node.set("before", RouteJson.result(comparison.before()));
        node.set("after", RouteJson.result(comparison.after()));
        comparison.difference().ifPresent(d -> {
            ObjectNode difference = RouteJson.totals(d);
            difference.put("cost_comparable", comparison.costComparable());
            difference.put("co2_comparable", comparison.co2Comparable());
            node.set("difference", difference);
        });
        RouteJson.putAnsweredBy(node, comparison.answeredBy());
        return node;
    }

    /** A scenario as the answers name it: {@code name}, {@code description}, {@code network} (lower case). */
    public static ObjectNode scenario(Scenario scenario) {
        return JsonValues.object(new ScenarioFields(scenario.name(), scenario.description(),
                JsonValues.lower(scenario.network())));
    }

    private record ScenarioFields(String name, String description, String network) {
    }
}
