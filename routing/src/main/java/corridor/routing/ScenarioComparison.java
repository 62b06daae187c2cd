package corridor.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.Dataset;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A route before and after a scenario, and the difference.
 *
 * @param scenario the scenario
 * @param applied  its changes
 * @param before   the best route on the dataset as it is
 * @param after    the best route with the scenario's changes
 */
public record ScenarioComparison(Scenario scenario, AppliedScenario applied, RouteResult before, RouteResult after) {

    /**
     * Routes {@code query} on {@code base} and on {@code base} changed by {@code scenario}, both on
     * the scenario's network.
     */
    public static ScenarioComparison run(Scenario scenario, Dataset base, RouteQuery query, RoutingParameters parameters,
                                         String where) {
        AppliedScenario applied = AppliedScenario.apply(scenario, base, parameters, where);
        RouteResult before = new Router(RoutingGraph.build(base, scenario.network(), parameters)).route(query);
        Set<String> avoid = new HashSet<>(query.avoidPlaces());
        avoid.addAll(applied.closedPlaces());
        avoid.remove(query.fromId());
        avoid.remove(query.toId());
        RouteResult after = new Router(RoutingGraph.build(applied.dataset(), scenario.network(), parameters))
                .route(query.withAvoidPlaces(avoid));
        return new ScenarioComparison(scenario, applied, before, after);
    }

    /** After minus before, when both have a route. */
    public java.util.Optional<Totals> difference() {
        if (!before.found() || !after.found()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(after.route().totals().minus(before.route().totals()));
    }

    /**
     * Whether the cost difference means something: a total that leaves out unknown costs is only
     * a lower bound, and the difference of two bounds is no difference at all.
     */
    public boolean costComparable() {
        return difference().isPresent() && !before.route().hasUnknownCost() && !after.route().hasUnknownCost();
    }

    /** Whether the CO2 difference means something (see {@link #costComparable()}). */
    public boolean co2Comparable() {
        return difference().isPresent() && !before.route().hasUnknownCo2() && !after.route().hasUnknownCo2();
    }

    /** Before, after and the difference as text tables. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Scenario: ").append(scenario.name()).append('\n');
        if (!scenario.description().isEmpty()) {
            out.append(scenario.description()).append('\n');
        }
        out.append("Changes:\n");
        applied.changes().forEach(c -> out.append("  ").append(c).append('\n'));
        out.append("\nBEFORE\n").append(section(before));
        out.append("\nAFTER\n").append(section(after));
        out.append("\nDIFFERENCE (after − before)\n");
        difference().ifPresentOrElse(d -> out.append(String.format(Locale.ROOT,
                        "  distance %+.1f km, time %+.1f h, %s, %s, risk %+.2f%n",
                        d.distanceKm(), d.hours(),
                        costComparable() ? String.format(Locale.ROOT, "cost %+.0f US$", d.costUsd())
                                : "cost not comparable (a route leaves out unknown costs)",
                        co2Comparable() ? String.format(Locale.ROOT, "CO2 %+.0f kg", d.co2Kg())
                                : "CO2 not comparable (a route leaves out unknown CO2)",
                        d.risk())),
                () -> out.append(before.found() ? "  the route is cut off by the scenario\n"
                        : after.found() ? "  the scenario opens a route where there was none\n" : "  no route either way\n"));
        return out.toString();
    }

    private static String section(RouteResult result) {
        if (!result.found()) {
            return result.whyNone() + "\n";
        }
        StringBuilder text = new StringBuilder(RouteRenderer.table(result.route()));
        result.closures().forEach(c -> text.append("closed on the way: ").append(c.describe()).append('\n'));
        return text.toString();
    }

    /** Before, after and the difference as JSON. */
    public String json() {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("scenario", scenario.name());
        ArrayNode changes = root.putArray("changes");
        applied.changes().forEach(changes::add);
        root.set("before", resultNode(before));
        root.set("after", resultNode(after));
        difference().ifPresent(d -> {
            ObjectNode difference = RouteRenderer.totalsNode(d);
            difference.put("costComparable", costComparable());
            difference.put("co2Comparable", co2Comparable());
            root.set("difference", difference);
        });
        return RouteRenderer.write(root);
    }

    static ObjectNode resultNode(RouteResult result) {
        return RouteRenderer.resultNode(result);
    }
}
