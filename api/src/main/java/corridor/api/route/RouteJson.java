package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import corridor.model.vehicle.AccessExclusion;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.model.network.Place;
import corridor.routing.route.AnsweredBy;
import corridor.routing.route.Closure;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.Route;
import corridor.routing.route.RouteResult;
import corridor.routing.route.TimeSource;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;

import java.util.List;

/**
 * Routes as JSON, the same for {@code corridor route --format json} and {@code GET /api/route}:
 * the answer of a route request, a search result, a route with its legs and GeoJSON, totals and
 * closures. Keys are snake_case. Stateless; thread-safe.
 */
public final class RouteJson {

    private RouteJson() {
    }

    /**
     * The answer to a route request for one objective or a blend: {@code objective} (time, cost, co2,
     * risk or weighted), {@code weights} for a blend, then the {@link #result}, then which search answered,
     * {@code router} ({@code hierarchy} or {@code a*}), and {@code router_note}, why the A* router answered a
     * route the hierarchy was asked first (else empty).
     */
    public static ObjectNode answer(RouteGoal goal, RouteResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", goal.name());
        if (goal.objective() == null && !goal.pareto()) {
            node.set("weights", weights(goal.weights()));
        }
        node.setAll(result(result));
        node.put("router", result.engine().label());
        node.put("router_note", result.engineNote());
        return node;
    }

    /**
     * Which search answered the routes of a command that asks many ({@code compare}, {@code scenario},
     * {@code criticality}), under the keys of {@link #answer}: {@code router} ({@code hierarchy} when it answered
     * any route, else {@code a*}) and {@code router_note} (how many routes each answered and why the router did;
     * empty when one answered all of them as asked).
     */
    public static void putAnsweredBy(ObjectNode node, AnsweredBy answeredBy) {
        node.put("router", answeredBy.engine().label());
        node.put("router_note", answeredBy.note());
    }

    /**
     * A search result: {@code found}, then the {@code route} or {@code why_none} (one paragraph), and
     * the {@code closures} the search met (closed places, first met first), and the {@code access}
     * rules that kept the vehicle off a link or place: with a route, those that changed it; without
     * one, those in the way.
     */
    public static ObjectNode result(RouteResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("found", result.found());
        if (result.found()) {
            node.set("route", route(result.route()));
        } else {
            node.put("why_none", result.whyNone());
        }
        node.set("closures", closures(result.closures()));
        node.set("access", exclusions(result.exclusions()));
        return node;
    }

    /** The answer of a request for several routes: {@code objective} (lower case), then the {@code items} under {@code key}. */
    static ObjectNode routes(Objective objective, String key, List<ObjectNode> items) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", JsonValues.lower(objective));
        node.putArray(key).addAll(items);
        return node;
    }

    /** One of several routes: what {@code shape} says of it ({@link JsonValues#object}), then its {@link #result}. */
    static ObjectNode withResult(Record shape, RouteResult result) {
        ObjectNode node = JsonValues.object(shape);
        node.setAll(result(result));
        return node;
    }

    /**
     * Access rules that kept a vehicle off: {@code rule}, {@code subject} (link or place id),
     * {@code subject_name}, {@code reason}, {@code sources}, {@code shaped_route} and the sentence {@code text}.
     */
    public static ArrayNode exclusions(List<AccessExclusion> exclusions) {
        return JsonValues.objects(exclusions.stream().map(e -> new ExclusionJson(e.ruleId(), e.subjectId(), e.subject(),
                e.reason(), e.sourceIds(), e.shaped(), e.describe())).toList());
    }

    private record ExclusionJson(String rule, String subject, String subjectName, String reason, List<String> sources,
                                 boolean shapedRoute, String text) {
    }

    /**
     * One route: its ends (ids and names), departure day and arrival (ISO, at the median), with a
     * monitoring state the arrival and hours at the 95th percentile ({@code arrival_p95},
     * {@code hours_p95}: the sum of the legs' 95th percentiles, a conservative figure; null without a
     * state), {@code time_basis} ({@code observed} when a state was given, else {@code model}),
     * {@code simulated} (whether a leg's time is a median of simulated pings), cargo (as given and in
     * tonnes), whether some value is a default or unknown ({@code uses_assumptions}), the
     * {@link #totals}, the legs in order and the legs as GeoJSON ({@link RouteGeoJson}).
     */
    public static ObjectNode route(Route route) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putEnds(node, route.from(), route.to());
        node.put("departure", route.departure().toString());
        node.put("arrival", route.arrival().toString());
        if (route.withObservations()) {
            node.put("arrival_p95", route.arrivalP95().toString());
            node.put("hours_p95", route.p95Hours());
        } else {
            node.putNull("arrival_p95");
            node.putNull("hours_p95");
        }
        node.put("time_basis", route.withObservations() ? "observed" : "model");
        node.put("simulated", route.usesSimulatedObservations());
        node.put("cargo", route.cargo().label());
        node.put("cargo_tonnes", route.cargo().tonnes());
        node.put("uses_assumptions", route.usesAssumptions());
        node.set("totals", totals(route.totals()));
        ArrayNode legs = node.putArray("legs");
        route.legs().forEach(leg -> legs.add(leg(leg)));
        node.set("geojson", RouteGeoJson.features(List.of(route)));
        return node;
    }

    /**
     * One leg: a move ({@code link}, {@code name}, {@code mode}, {@code from}/{@code to} with names,
     * {@code reversed}) or a stop at a hub or border ({@code place}, {@code name}), with its
     * {@code description}, totals, where its time comes from ({@link #putTimeSource}) and the notes on
     * values that are not the record's own.
     */
    private static ObjectNode leg(Leg leg) {
        ObjectNode l = JsonNodeFactory.instance.objectNode();
        l.put("kind", JsonValues.lower(leg.kind()));
        if (leg.kind() == Leg.Kind.MOVE) {
            l.put("link", leg.link().id());
            l.put("name", leg.link().name());
            l.put("mode", JsonValues.lower(leg.mode()));
            putEnds(l, leg.from(), leg.to());
            l.put("reversed", leg.reversed());
        } else {
            l.put("place", leg.from().id());
            l.put("name", leg.from().name());
        }
        l.put("description", leg.description());
        l.set("totals", totals(leg.totals()));
        if (leg.kind() == Leg.Kind.MOVE) {
            l.put("speed_kmh", leg.speedKmh());
            l.put("speed_source", leg.speedSource());
        }
        putTimeSource(l, leg);
        ArrayNode notes = l.putArray("notes");
        leg.notes().forEach(notes::add);
        return l;
    }

    /**
     * Where a leg's time comes from: {@code time_source} ({@code observed} or {@code model}),
     * {@code time_source_text} ("observed median, 12 trips, 2025-07", "model (nothing observed in
     * 2025-07)"), {@code observations} (trips, 0 for the model), {@code observed_month} (null for the
     * model), {@code simulated} and {@code p95_hours} (the observed 95th percentile, else the leg's time).
     */
    private static void putTimeSource(ObjectNode l, Leg leg) {
        TimeSource source = leg.timeSource();
        l.setAll(JsonValues.object(new TimeSourceJson(source.label(), source.describe(), source.count(),
                source.month() == null ? null : source.month().toString(), source.observed() && source.simulated(),
                leg.p95Hours())));
    }

    private record TimeSourceJson(String timeSource, String timeSourceText, long observations, String observedMonth,
                                  boolean simulated, double p95Hours) {
    }

    /** The ends of a route or a move: {@code from}, {@code from_name}, {@code to}, {@code to_name}. */
    static void putEnds(ObjectNode node, Place from, Place to) {
        node.put("from", from.id());
        node.put("from_name", from.name());
        node.put("to", to.id());
        node.put("to_name", to.name());
    }

    /** Totals: {@code distance_km}, {@code hours}, {@code cost_usd}, {@code co2_kg}, {@code risk} (risk points). */
    public static ObjectNode totals(Totals t) {
        return JsonValues.object(new TotalsJson(t.distanceKm(), t.hours(), t.costUsd(), t.co2Kg(), t.risk()));
    }

    private record TotalsJson(double distanceKm, double hours, double costUsd, double co2Kg, double risk) {
    }

    /** Closed places: {@code place}, {@code place_name}, {@code date}, {@code reason} and the sentence {@code text}. */
    public static ArrayNode closures(List<Closure> closures) {
        return JsonValues.objects(closures.stream().map(c -> new ClosureJson(c.placeId(), c.placeName(),
                c.date().toString(), c.reason(), c.describe())).toList());
    }

    private record ClosureJson(String place, String placeName, String date, String reason, String text) {
    }

    private static ObjectNode weights(Weights w) {
        return JsonValues.object(new WeightsJson(w.time(), w.cost(), w.co2(), w.risk()));
    }

    private record WeightsJson(double time, double cost, double co2, double risk) {
    }
}
