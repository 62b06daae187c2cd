package corridor.api.route.text;

import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Leg;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.Totals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A route, or the Pareto set, as a readable table ({@code corridor route}). Stateless; thread-safe. */
public final class RouteTable {

    private RouteTable() {
    }

    /**
     * A table of one route: a row per leg (consecutive OSM segments of one road in one row) with its
     * average speed, the totals, where each speed came from and the notes on defaults and unknowns,
     * each once with the legs it applies to. A total marked "+?" leaves out unknown values.
     */
    public static String of(Route route) {
        StringBuilder out = new StringBuilder();
        out.append(route.from().name()).append(" → ").append(route.to().name()).append(", leaving ")
                .append(route.departure()).append(", cargo ").append(route.cargo().label()).append('\n');
        out.append(String.format(Locale.ROOT, "%3s  %-46s %-8s %8s %7s %6s %10s %9s %6s%n", "#", "leg", "mode",
                "km", "hours", "km/h", "cost USD", "CO2 kg", "risk"));
        Map<String, List<Integer>> notes = new LinkedHashMap<>();
        Map<String, List<Integer>> speedSources = new LinkedHashMap<>();
        Map<String, List<Integer>> timeSources = new LinkedHashMap<>();
        int i = 0;
        List<Leg> routeLegs = route.legs();
        for (int k = 0; k < routeLegs.size(); k++) {
            Leg leg = routeLegs.get(k);
            i++;
            Totals totals = leg.totals();
            String description = leg.description();
            // consecutive OSM road segments of one road make one row
            int segments = 1;
            while (isRoadSegment(leg) && k + 1 < routeLegs.size() && isRoadSegment(routeLegs.get(k + 1))
                    && routeLegs.get(k + 1).description().equals(leg.description())) {
                totals = totals.plus(routeLegs.get(++k).totals());
                segments++;
            }
            if (segments > 1) {
                description = description + " (" + segments + " segments)";
            }
            String mode = leg.mode() == null ? "-" : leg.mode().name().toLowerCase(Locale.ROOT);
            String mark = leg.notes().isEmpty() ? "" : "*";
            out.append(row(String.valueOf(i), Cells.cut(description, 45) + mark, mode, totals, false, false));
            for (String note : leg.notes()) {
                notes.computeIfAbsent(note, n -> new ArrayList<>()).add(i);
            }
            if (!leg.speedSource().isEmpty()) {
                speedSources.computeIfAbsent(leg.speedSource(), n -> new ArrayList<>()).add(i);
            }
            timeSources.computeIfAbsent(leg.timeSource().describe(), n -> new ArrayList<>()).add(i);
        }
        out.append(row("", "total", "", route.totals(), route.hasUnknownCost(), route.hasUnknownCo2()));
        out.append(arrivals(route));
        if (route.withObservations()) {
            out.append("times from:\n");
            timeSources.forEach((source, legs) -> out.append("  ").append(source).append(" (")
                    .append(legs.size() == 1 ? "leg " : "legs ").append(Cells.ranges(legs)).append(")\n"));
        }
        if (!speedSources.isEmpty()) {
            out.append("speeds from:\n");
            speedSources.forEach((source, legs) -> out.append("  ").append(source).append(" (")
                    .append(legs.size() == 1 ? "leg " : "legs ").append(Cells.ranges(legs)).append(")\n"));
        }
        if (!notes.isEmpty()) {
            out.append("* values not from the record itself, and border crossings' truck rules:\n");
            notes.forEach((note, legs) -> out.append("  ").append(note).append(" (").append(legs.size() == 1 ? "leg " : "legs ")
                    .append(Cells.ranges(legs)).append(")\n"));
        }
        return out.toString();
    }

    /**
     * The arrival; with a monitoring state, at the median and at the 95th percentile (the sum of the
     * legs' 95th percentiles); without one, that the times are the model's.
     */
    private static String arrivals(Route route) {
        if (!route.withObservations()) {
            return String.format(Locale.ROOT, "arrival %s (%.1f days); times from the model (no monitoring state)%n",
                    route.arrival(), route.totals().hours() / 24);
        }
        return String.format(Locale.ROOT, "arrival %s at the median (%.1f days), %s at the 95th percentile (%.1f days; "
                        + "the sum of each leg's, a conservative figure)%s%n", route.arrival(),
                route.totals().hours() / 24, route.arrivalP95(), route.p95Hours() / 24,
                route.usesSimulatedObservations() ? "; SIMULATED observations, not real trucks" : "");
    }

    private static boolean isRoadSegment(Leg leg) {
        return leg.kind() == Leg.Kind.MOVE && RoutingGraph.isRoadSegmentId(leg.link().id());
    }

    /** A table of the Pareto set, one row per route with its totals and the places it passes. */
    public static String of(ParetoResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%3s %9s %8s %11s %10s %7s  %s%n", "#", "km", "hours", "cost USD", "CO2 kg",
                "risk", "via"));
        int i = 0;
        for (Route route : result.routes()) {
            Totals t = route.totals();
            out.append(String.format(Locale.ROOT, "%3d %9.0f %8.1f %11s %10s %7.2f  %s%n", ++i, t.distanceKm(), t.hours(),
                    Cells.amount(t.costUsd(), route.hasUnknownCost()), Cells.amount(t.co2Kg(), route.hasUnknownCo2()),
                    t.risk(), String.join(" > ", route.placeIds())));
        }
        if (result.truncated()) {
            out.append("(the label bound was reached: the set may miss some trade-offs)\n");
        }
        return out.toString();
    }

    private static String row(String index, String what, String mode, Totals t, boolean costIncomplete,
                              boolean co2Incomplete) {
        String kmh = t.hours() > 0 && t.distanceKm() > 0 ? String.format(Locale.ROOT, "%.1f", t.distanceKm() / t.hours())
                : "-";
        return String.format(Locale.ROOT, "%3s  %-46s %-8s %8.1f %7.1f %6s %10s %9s %6.2f%n", index, what, mode,
                t.distanceKm(), t.hours(), kmh, Cells.amount(t.costUsd(), costIncomplete), Cells.amount(t.co2Kg(), co2Incomplete),
                t.risk());
    }
}
