package corridor.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.Mode;
import corridor.model.Place;
import corridor.model.PlaceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Routes between two places through each seaport of the network, side by side: for CPEC, the
 * overland corridor to Gwadar or Karachi and on by sea, against rail to a Chinese port and the sea
 * route from there. Which ports exist comes from the data (places of kind seaport), not from code.
 */
public final class Comparison {

    /**
     * One way of going.
     *
     * @param via    the seaport the route must pass
     * @param result the best route through it, or why there is none
     */
    public record Alternative(Place via, RouteResult result) {

        /** Distance by mode, in km. */
        public Map<Mode, Double> kmByMode() {
            Map<Mode, Double> km = new EnumMap<>(Mode.class);
            if (result.found()) {
                for (Leg leg : result.route().legs()) {
                    if (leg.kind() == Leg.Kind.MOVE) {
                        km.merge(leg.mode(), leg.totals().distanceKm(), Double::sum);
                    }
                }
            }
            return km;
        }
    }

    private Comparison() {
    }

    /**
     * For each seaport other than the ends of {@code query}: the best route that reaches it over
     * land (the query's modes without sea) and goes on from there. Routes found come first, best
     * first by the query's weights.
     */
    public static List<Alternative> viaSeaports(Router router, RouteQuery query) {
        Set<Mode> land = EnumSet.copyOf(query.modes().isEmpty() ? EnumSet.allOf(Mode.class) : query.modes());
        land.remove(Mode.SEA);
        List<Alternative> alternatives = new ArrayList<>();
        for (Place place : router.graph().places()) {
            if (place.kind() == PlaceKind.SEAPORT && !place.id().equals(query.fromId()) && !place.id().equals(query.toId())
                    && !query.avoidPlaces().contains(place.id())) {
                alternatives.add(new Alternative(place, router.routeVia(query, place.id(), land)));
            }
        }
        Weights w = query.weights();
        alternatives.sort(Comparator.comparing((Alternative a) -> !a.result().found())
                .thenComparingDouble(a -> a.result().found() ? w.apply(a.result().route().totals().hours(),
                        a.result().route().totals().costUsd(), a.result().route().totals().co2Kg(),
                        a.result().route().totals().risk()) : 0)
                .thenComparing(a -> a.via().id()));
        return alternatives;
    }

    /** The alternatives side by side, one row each, then why the others have no route. */
    public static String table(List<Alternative> alternatives) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %8s %8s %11s %10s %7s  %s%n", "via",
                "km", "days", "cost USD", "CO2 kg", "risk", "km by mode"));
        for (Alternative a : alternatives) {
            if (!a.result().found()) {
                continue;
            }
            Totals t = a.result().route().totals();
            String modes = a.kmByMode().entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                    + Math.round(e.getValue())).collect(Collectors.joining(", "));
            String via = a.via().name() + " (" + a.via().country() + ")";
            Route route = a.result().route();
            out.append(String.format(Locale.ROOT, "%-28s %8.0f %8.1f %11s %10s %7.2f  %s%n",
                    via.length() > 28 ? via.substring(0, 27) + "…" : via, t.distanceKm(), t.hours() / 24,
                    RouteRenderer.amount(t.costUsd(), route.hasUnknownCost()), RouteRenderer.amount(t.co2Kg(),
                            route.hasUnknownCo2()), t.risk(), modes));
        }
        if (alternatives.stream().anyMatch(a -> a.result().found()
                && (a.result().route().hasUnknownCost() || a.result().route().hasUnknownCo2()))) {
            out.append("+? : some values on the way are unknown and not counted (see the route's legs)\n");
        }
        // Ports with no route, grouped by the reason (a closed pass names itself once).
        Map<String, List<String>> noRoute = new java.util.LinkedHashMap<>();
        for (Alternative a : alternatives) {
            if (!a.result().found()) {
                String why = a.result().closures().isEmpty() ? "no route over land" : a.result().whyNone();
                noRoute.computeIfAbsent(why, k -> new ArrayList<>()).add(a.via().name());
            }
        }
        noRoute.forEach((why, ports) -> out.append("via ").append(String.join(", ", ports)).append(": ").append(why)
                .append('\n'));
        java.util.Set<String> met = new java.util.LinkedHashSet<>();
        for (Alternative a : alternatives) {
            if (a.result().found()) {
                a.result().closures().forEach(c -> met.add(c.describe()));
            }
        }
        met.forEach(c -> out.append("closed on the way: ").append(c).append('\n'));
        return out.toString();
    }

    /** The alternatives as JSON. */
    public static String json(List<Alternative> alternatives) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (Alternative a : alternatives) {
            ObjectNode node = ScenarioComparison.resultNode(a.result());
            node.put("via", a.via().id());
            array.add(node);
        }
        return RouteRenderer.write(array);
    }
}
