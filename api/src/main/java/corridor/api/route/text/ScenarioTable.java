package corridor.api.route.text;

import corridor.routing.route.RouteResult;
import corridor.routing.scenario.ScenarioComparison;

import java.util.Locale;

/** A route before and after a scenario, and the difference, as text ({@code corridor scenario}). Stateless; thread-safe. */
public final class ScenarioTable {

    private ScenarioTable() {
    }

    /** The scenario and its changes, the route before and after, and after minus before. */
    public static String of(ScenarioComparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("Scenario: ").append(comparison.scenario().name()).append('\n');
        if (!comparison.scenario().description().isEmpty()) {
            out.append(comparison.scenario().description()).append('\n');
        }
        out.append("Changes:\n");
        comparison.applied().changes().forEach(c -> out.append("  ").append(c).append('\n'));
        out.append("\nBEFORE\n").append(section(comparison.before()));
        out.append("\nAFTER\n").append(section(comparison.after()));
        out.append("\nDIFFERENCE (after − before)\n");
        comparison.difference().ifPresentOrElse(d -> out.append(String.format(Locale.ROOT,
                        "  distance %+.1f km, time %+.1f h, %s, %s, risk %+.2f%n",
                        d.distanceKm(), d.hours(),
                        comparison.costComparable() ? String.format(Locale.ROOT, "cost %+.0f US$", d.costUsd())
                                : "cost not comparable (a route leaves out unknown costs)",
                        comparison.co2Comparable() ? String.format(Locale.ROOT, "CO2 %+.0f kg", d.co2Kg())
                                : "CO2 not comparable (a route leaves out unknown CO2)",
                        d.risk())),
                () -> out.append(comparison.before().found() ? "  the route is cut off by the scenario\n"
                        : comparison.after().found() ? "  the scenario opens a route where there was none\n"
                        : "  no route either way\n"));
        return out.toString();
    }

    private static String section(RouteResult result) {
        if (!result.found()) {
            return result.whyNone() + "\n";
        }
        StringBuilder text = new StringBuilder(RouteTable.of(result.route()));
        result.closures().forEach(c -> text.append("closed on the way: ").append(c.describe()).append('\n'));
        return text.toString();
    }
}
