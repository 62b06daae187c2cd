package corridor.api.route.text;

import corridor.routing.analysis.Comparison;
import corridor.routing.route.Route;
import corridor.routing.route.Totals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Routes through each seaport side by side as a table ({@code corridor compare}). Stateless; thread-safe. */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    /** The alternatives side by side, one row each, then why the others have no route and the closures met. */
    public static String of(List<Comparison.Alternative> alternatives) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %8s %8s %11s %10s %7s  %s%n", "via",
                "km", "days", "cost USD", "CO2 kg", "risk", "km by mode"));
        for (Comparison.Alternative a : alternatives) {
            if (!a.result().found()) {
                continue;
            }
            Route route = a.result().route();
            Totals t = route.totals();
            String modes = a.kmByMode().entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                    + Math.round(e.getValue())).collect(Collectors.joining(", "));
            String via = a.via().name() + " (" + a.via().country() + ")";
            out.append(String.format(Locale.ROOT, "%-28s %8.0f %8.1f %11s %10s %7.2f  %s%n", Cells.cut(via, 28),
                    t.distanceKm(), t.hours() / 24, Cells.amount(t.costUsd(), route.hasUnknownCost()),
                    Cells.amount(t.co2Kg(), route.hasUnknownCo2()), t.risk(), modes));
        }
        if (alternatives.stream().anyMatch(a -> a.result().found()
                && (a.result().route().hasUnknownCost() || a.result().route().hasUnknownCo2()))) {
            out.append("+? : some values on the way are unknown and not counted (see the route's legs)\n");
        }
        // Ports with no route, grouped by the reason (a closed pass names itself once).
        Map<String, List<String>> noRoute = new LinkedHashMap<>();
        for (Comparison.Alternative a : alternatives) {
            if (!a.result().found()) {
                String why = a.result().closures().isEmpty() ? "no route over land" : a.result().whyNone();
                noRoute.computeIfAbsent(why, k -> new ArrayList<>()).add(a.via().name());
            }
        }
        noRoute.forEach((why, ports) -> out.append("via ").append(String.join(", ", ports)).append(": ").append(why)
                .append('\n'));
        Set<String> met = new LinkedHashSet<>();
        for (Comparison.Alternative a : alternatives) {
            if (a.result().found()) {
                a.result().closures().forEach(c -> met.add(c.describe()));
            }
        }
        met.forEach(c -> out.append("closed on the way: ").append(c).append('\n'));
        return out.toString();
    }
}
