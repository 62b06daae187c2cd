package corridor.api.route;

import com.fasterxml.jackson.core.JsonGenerator;
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

import java.io.IOException;
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
     * route the hierarchy was asked first (else empty). As a tree; {@link #write} streams the same.
     */
    public static ObjectNode answer(RouteGoal goal, RouteResult result) {
        return JsonValues.tree(json -> write(json, goal, result));
    }

    /**
     * Writes {@link #answer} to {@code json} as it goes, without a tree in between: the server's answer to
     * {@code GET /api/route}, where building the tree cost as much as the search (issue 24).
     *
     * @throws IOException as {@code json} does
     */
    public static void write(JsonGenerator json, RouteGoal goal, RouteResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("objective", goal.name());
        if (goal.objective() == null && !goal.pareto()) {
            Weights w = goal.weights();
            json.writeObjectFieldStart("weights");
            json.writeNumberField("time", w.time());
            json.writeNumberField("cost", w.cost());
            json.writeNumberField("co2", w.co2());
            json.writeNumberField("risk", w.risk());
            json.writeEndObject();
        }
        writeResultFields(json, result);
        json.writeStringField("router", result.engine().label());
        json.writeStringField("router_note", result.engineNote());
        json.writeEndObject();
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
        return JsonValues.tree(json -> {
            json.writeStartObject();
            writeResultFields(json, result);
            json.writeEndObject();
        });
    }

    /** The fields of {@link #result}, into an object {@code json} has open. */
    private static void writeResultFields(JsonGenerator json, RouteResult result) throws IOException {
        json.writeBooleanField("found", result.found());
        if (result.found()) {
            json.writeFieldName("route");
            writeRoute(json, result.route());
        } else {
            json.writeStringField("why_none", result.whyNone());
        }
        json.writeFieldName("closures");
        writeClosures(json, result.closures());
        json.writeFieldName("access");
        writeExclusions(json, result.exclusions());
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
        return JsonValues.tree(json -> writeExclusions(json, exclusions));
    }

    private static void writeExclusions(JsonGenerator json, List<AccessExclusion> exclusions) throws IOException {
        json.writeStartArray();
        for (AccessExclusion e : exclusions) {
            json.writeStartObject();
            json.writeStringField("rule", e.ruleId());
            json.writeStringField("subject", e.subjectId());
            json.writeStringField("subject_name", e.subject());
            json.writeStringField("reason", e.reason());
            json.writeFieldName("sources");
            writeTexts(json, e.sourceIds());
            json.writeBooleanField("shaped_route", e.shaped());
            json.writeStringField("text", e.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
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
        return JsonValues.tree(json -> writeRoute(json, route));
    }

    private static void writeRoute(JsonGenerator json, Route route) throws IOException {
        json.writeStartObject();
        writeEnds(json, route.from(), route.to());
        json.writeStringField("departure", route.departure().toString());
        json.writeStringField("arrival", route.arrival().toString());
        if (route.withObservations()) {
            json.writeStringField("arrival_p95", route.arrivalP95().toString());
            json.writeNumberField("hours_p95", route.p95Hours());
        } else {
            json.writeNullField("arrival_p95");
            json.writeNullField("hours_p95");
        }
        json.writeStringField("time_basis", route.withObservations() ? "observed" : "model");
        json.writeBooleanField("simulated", route.usesSimulatedObservations());
        json.writeStringField("cargo", route.cargo().label());
        json.writeNumberField("cargo_tonnes", route.cargo().tonnes());
        json.writeBooleanField("uses_assumptions", route.usesAssumptions());
        json.writeFieldName("totals");
        writeTotals(json, route.totals());
        json.writeArrayFieldStart("legs");
        for (Leg leg : route.legs()) {
            writeLeg(json, leg);
        }
        json.writeEndArray();
        json.writeFieldName("geojson");
        RouteGeoJson.write(json, List.of(route));
        json.writeEndObject();
    }

    /**
     * One leg: a move ({@code link}, {@code name}, {@code mode}, {@code from}/{@code to} with names,
     * {@code reversed}) or a stop at a hub or border ({@code place}, {@code name}), with its
     * {@code description}, totals, where its time comes from ({@link #writeTimeSource}) and the notes on
     * values that are not the record's own.
     */
    private static void writeLeg(JsonGenerator json, Leg leg) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", JsonValues.lower(leg.kind()));
        if (leg.kind() == Leg.Kind.MOVE) {
            json.writeStringField("link", leg.link().id());
            json.writeStringField("name", leg.link().name());
            json.writeStringField("mode", JsonValues.lower(leg.mode()));
            writeEnds(json, leg.from(), leg.to());
            json.writeBooleanField("reversed", leg.reversed());
        } else {
            json.writeStringField("place", leg.from().id());
            json.writeStringField("name", leg.from().name());
        }
        json.writeStringField("description", leg.description());
        json.writeFieldName("totals");
        writeTotals(json, leg.totals());
        if (leg.kind() == Leg.Kind.MOVE) {
            json.writeFieldName("speed_kmh");
            writeNumberOrNull(json, leg.speedKmh());
            json.writeStringField("speed_source", leg.speedSource());
        }
        writeTimeSource(json, leg);
        json.writeFieldName("notes");
        writeTexts(json, leg.notes());
        json.writeEndObject();
    }

    /**
     * Where a leg's time comes from: {@code time_source} ({@code observed} or {@code model}),
     * {@code time_source_text} ("observed median, 12 trips, 2025-07", "model (nothing observed in
     * 2025-07)"), {@code observations} (trips, 0 for the model), {@code observed_month} (null for the
     * model), {@code simulated} and {@code p95_hours} (the observed 95th percentile, else the leg's time).
     */
    private static void writeTimeSource(JsonGenerator json, Leg leg) throws IOException {
        TimeSource source = leg.timeSource();
        json.writeStringField("time_source", source.label());
        json.writeStringField("time_source_text", source.describe());
        json.writeNumberField("observations", source.count());
        json.writeStringField("observed_month", source.month() == null ? null : source.month().toString());
        json.writeBooleanField("simulated", source.observed() && source.simulated());
        json.writeNumberField("p95_hours", leg.p95Hours());
    }

    /** The ends of a route or a move: {@code from}, {@code from_name}, {@code to}, {@code to_name}. */
    static void putEnds(ObjectNode node, Place from, Place to) {
        node.put("from", from.id());
        node.put("from_name", from.name());
        node.put("to", to.id());
        node.put("to_name", to.name());
    }

    private static void writeEnds(JsonGenerator json, Place from, Place to) throws IOException {
        json.writeStringField("from", from.id());
        json.writeStringField("from_name", from.name());
        json.writeStringField("to", to.id());
        json.writeStringField("to_name", to.name());
    }

    /** Totals: {@code distance_km}, {@code hours}, {@code cost_usd}, {@code co2_kg}, {@code risk} (risk points). */
    public static ObjectNode totals(Totals t) {
        return JsonValues.tree(json -> writeTotals(json, t));
    }

    /** {@link #totals} as an object written to {@code json}. */
    static void writeTotals(JsonGenerator json, Totals t) throws IOException {
        json.writeStartObject();
        writeTotalsFields(json, t);
        json.writeEndObject();
    }

    /** The fields of {@link #totals}, into an object {@code json} has open (a GeoJSON feature's properties). */
    static void writeTotalsFields(JsonGenerator json, Totals t) throws IOException {
        json.writeNumberField("distance_km", t.distanceKm());
        json.writeNumberField("hours", t.hours());
        json.writeNumberField("cost_usd", t.costUsd());
        json.writeNumberField("co2_kg", t.co2Kg());
        json.writeNumberField("risk", t.risk());
    }

    /** Closed places: {@code place}, {@code place_name}, {@code date}, {@code reason} and the sentence {@code text}. */
    public static ArrayNode closures(List<Closure> closures) {
        return JsonValues.tree(json -> writeClosures(json, closures));
    }

    private static void writeClosures(JsonGenerator json, List<Closure> closures) throws IOException {
        json.writeStartArray();
        for (Closure c : closures) {
            json.writeStartObject();
            json.writeStringField("place", c.placeId());
            json.writeStringField("place_name", c.placeName());
            json.writeStringField("date", c.date().toString());
            json.writeStringField("reason", c.reason());
            json.writeStringField("text", c.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTexts(JsonGenerator json, List<String> texts) throws IOException {
        json.writeStartArray();
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }

    private static void writeNumberOrNull(JsonGenerator json, Double value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }
}
