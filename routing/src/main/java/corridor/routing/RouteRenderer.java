package corridor.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.GeoPoint;
import corridor.model.Polyline;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Writes routes as a readable table, as JSON, or as GeoJSON with the real link geometry. Pure text out. */
public final class RouteRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RouteRenderer() {
    }

    /**
     * A table of one route: a row per leg, the totals, and the notes on defaults and unknowns,
     * each note once with the legs it applies to. A total marked "+?" leaves out unknown values.
     */
    public static String table(Route route) {
        StringBuilder out = new StringBuilder();
        out.append(route.from().name()).append(" → ").append(route.to().name()).append(", leaving ")
                .append(route.departure()).append(", cargo ").append(route.cargo().label()).append('\n');
        out.append(String.format(Locale.ROOT, "%3s  %-46s %-8s %8s %7s %10s %9s %6s%n", "#", "leg", "mode",
                "km", "hours", "cost USD", "CO2 kg", "risk"));
        Map<String, List<Integer>> notes = new LinkedHashMap<>();
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
            out.append(row(String.valueOf(i), truncate(description, 45) + mark, mode, totals, false, false));
            for (String note : leg.notes()) {
                notes.computeIfAbsent(note, n -> new ArrayList<>()).add(i);
            }
        }
        out.append(row("", "total", "", route.totals(), route.hasUnknownCost(), route.hasUnknownCo2()));
        out.append(String.format(Locale.ROOT, "arrival %s (%.1f days)%n", route.arrival(), route.totals().hours() / 24));
        if (!notes.isEmpty()) {
            out.append("* values not from the record itself:\n");
            notes.forEach((note, legs) -> out.append("  ").append(note).append(" (").append(legs.size() == 1 ? "leg " : "legs ")
                    .append(ranges(legs)).append(")\n"));
        }
        return out.toString();
    }

    private static boolean isRoadSegment(Leg leg) {
        return leg.kind() == Leg.Kind.MOVE && leg.link().id().startsWith(RoadPart.SEGMENT_PREFIX);
    }

    /** "1-3, 5" for [1, 2, 3, 5]. */
    static String ranges(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < numbers.size(); k++) {
            int start = numbers.get(k);
            int end = start;
            while (k + 1 < numbers.size() && numbers.get(k + 1) == end + 1) {
                end = numbers.get(++k);
            }
            text.append(text.length() == 0 ? "" : ", ").append(start).append(end > start ? "-" + end : "");
        }
        return text.toString();
    }

    /** A rounded amount, with "+?" when unknown parts are left out. */
    static String amount(double value, boolean incomplete) {
        return String.format(Locale.ROOT, "%.0f", value) + (incomplete ? "+?" : "");
    }

    /** A table of the Pareto set, one row per route with its totals and the places it passes. */
    public static String paretoTable(ParetoResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%3s %9s %8s %11s %10s %7s  %s%n", "#", "km", "hours", "cost USD", "CO2 kg",
                "risk", "via"));
        int i = 0;
        for (Route route : result.routes()) {
            Totals t = route.totals();
            out.append(String.format(Locale.ROOT, "%3d %9.0f %8.1f %11s %10s %7.2f  %s%n", ++i, t.distanceKm(), t.hours(),
                    amount(t.costUsd(), route.hasUnknownCost()), amount(t.co2Kg(), route.hasUnknownCo2()), t.risk(),
                    String.join(" > ", route.placeIds())));
        }
        if (result.truncated()) {
            out.append("(the label bound was reached: the set may miss some trade-offs)\n");
        }
        return out.toString();
    }

    private static String row(String index, String what, String mode, Totals t, boolean costIncomplete,
                              boolean co2Incomplete) {
        return String.format(Locale.ROOT, "%3s  %-46s %-8s %8.1f %7.1f %10s %9s %6.2f%n", index, what, mode,
                t.distanceKm(), t.hours(), amount(t.costUsd(), costIncomplete), amount(t.co2Kg(), co2Incomplete), t.risk());
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** One route as a JSON object. */
    public static String json(Route route) {
        return write(routeNode(route));
    }

    /** Several routes as a JSON array. */
    public static String json(List<Route> routes) {
        ArrayNode array = JSON.createArrayNode();
        routes.forEach(r -> array.add(routeNode(r)));
        return write(array);
    }

    /** A search result as JSON: the route, or why there is none, and the closed places met. */
    public static String json(RouteResult result) {
        return write(resultNode(result));
    }

    /** The JSON tree of a search result: {"route": ...} or {"none": "why"}, and "closures". */
    public static ObjectNode resultNode(RouteResult result) {
        ObjectNode node = JSON.createObjectNode();
        if (result.found()) {
            node.set("route", routeNode(result.route()));
        } else {
            node.put("none", result.whyNone());
        }
        ArrayNode closures = node.putArray("closures");
        result.closures().forEach(c -> closures.add(c.describe()));
        return node;
    }

    /** The JSON tree of one route. */
    public static ObjectNode routeNode(Route route) {
        ObjectNode node = JSON.createObjectNode();
        node.put("from", route.from().id());
        node.put("to", route.to().id());
        node.put("departure", route.departure().toString());
        node.put("arrival", route.arrival().toString());
        node.put("cargo_tonnes", route.cargo().tonnes());
        node.set("totals", totalsNode(route.totals()));
        ArrayNode legs = node.putArray("legs");
        for (Leg leg : route.legs()) {
            ObjectNode l = legs.addObject();
            l.put("kind", leg.kind().name().toLowerCase(Locale.ROOT));
            if (leg.kind() == Leg.Kind.MOVE) {
                l.put("link", leg.link().id());
                l.put("name", leg.link().name());
                l.put("mode", leg.mode().name().toLowerCase(Locale.ROOT));
                l.put("from", leg.from().id());
                l.put("to", leg.to().id());
                l.put("reversed", leg.reversed());
            } else {
                l.put("place", leg.from().id());
                l.put("name", leg.from().name());
            }
            l.set("totals", totalsNode(leg.totals()));
            ArrayNode notes = l.putArray("notes");
            leg.notes().forEach(notes::add);
        }
        return node;
    }

    /** The JSON tree of totals: distance_km, hours, cost_usd, co2_kg, risk. */
    public static ObjectNode totalsNode(Totals t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("distance_km", t.distanceKm());
        node.put("hours", t.hours());
        node.put("cost_usd", t.costUsd());
        node.put("co2_kg", t.co2Kg());
        node.put("risk", t.risk());
        return node;
    }

    /**
     * Routes as one GeoJSON FeatureCollection: a LineString per move with the link's geometry
     * (reversed when the link is travelled backwards, so every line runs in the direction of
     * travel), and a Point per hub or border stop. Properties name the route, leg and values.
     */
    public static String geoJson(List<Route> routes) {
        return write(geoJsonNode(routes));
    }

    /** The tree of {@link #geoJson(List)}, for callers that embed it in a larger answer. */
    public static ObjectNode geoJsonNode(List<Route> routes) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (int r = 0; r < routes.size(); r++) {
            List<Leg> legs = routes.get(r).legs();
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                ObjectNode feature = features.addObject();
                feature.put("type", "Feature");
                ObjectNode geometry = feature.putObject("geometry");
                if (leg.kind() == Leg.Kind.MOVE) {
                    Polyline line = leg.reversed() ? leg.link().geometry().reversed() : leg.link().geometry();
                    geometry.put("type", "LineString");
                    ArrayNode coordinates = geometry.putArray("coordinates");
                    line.points().forEach(p -> addPosition(coordinates.addArray(), p));
                } else {
                    geometry.put("type", "Point");
                    addPosition(geometry.putArray("coordinates"), leg.from().location());
                }
                ObjectNode properties = feature.putObject("properties");
                properties.put("route", r + 1);
                properties.put("leg", i + 1);
                properties.put("kind", leg.kind().name().toLowerCase(Locale.ROOT));
                properties.put("name", leg.kind() == Leg.Kind.MOVE ? leg.link().name() : leg.description());
                if (leg.kind() == Leg.Kind.MOVE) {
                    properties.put("link", leg.link().id());
                    properties.put("mode", leg.mode().name().toLowerCase(Locale.ROOT));
                    properties.put("from", leg.from().id());
                    properties.put("to", leg.to().id());
                } else {
                    properties.put("place", leg.from().id());
                }
                properties.setAll(totalsNode(leg.totals()));
            }
        }
        return collection;
    }

    /** One route as GeoJSON. */
    public static String geoJson(Route route) {
        return geoJson(List.of(route));
    }

    private static void addPosition(ArrayNode position, GeoPoint point) {
        position.add(point.longitude());
        position.add(point.latitude());
    }

    static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
