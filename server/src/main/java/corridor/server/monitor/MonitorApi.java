package corridor.server.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.api.JsonValues;
import corridor.api.monitor.IndicatorGeoJson;
import corridor.api.monitor.IndicatorReportJson;
import corridor.api.monitor.SubjectNames;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.Subject;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.simulate.SimulatedMonth;
import corridor.server.dataset.Observatory;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import corridor.server.http.WriteGuard;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Corridor performance from truck pings: the indicators of the served monitoring state as JSON
 * and as GeoJSON for the map, and a write that ingests posted pings into it.
 */
public final class MonitorApi {

    /** What the observatory tells a person with no monitoring state loaded. */
    static final List<String> HOW_TO_LOAD = List.of("corridor simulate-fleet --trucks 20 --days 30 --seed 1 --out var/sim",
            "corridor monitor ingest var/sim/pings.csv", "corridor serve --monitor-state var/monitor-state.json");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final String GEOJSON = "application/geo+json; charset=utf-8";

    private final Supplier<Observatory> current;
    private final MonitorState state;
    private final WriteGuard guard;
    private final SimulatedMonthState simulated;

    public MonitorApi(Supplier<Observatory> current, MonitorState state, WriteGuard guard, SimulatedMonthState simulated) {
        this.current = current;
        this.state = state;
        this.guard = guard;
        this.simulated = simulated;
    }

    /** The simulated month of the served dataset (the {@code source=simulated} of the read endpoints). */
    private Aggregates simulatedMonth() {
        Dataset dataset = current.get().dataset();
        return simulated.of(dataset, dataset == corridor.data.BuiltInDataset.load());
    }

    /** Whether the {@code source} parameter asks for the simulated month ({@code simulated}) rather than the state. */
    private static boolean wantsSimulated(Params params) {
        String source = params.text("source").orElse("state");
        return switch (source) {
            case "state" -> false;
            case "simulated" -> true;
            default -> throw InputException.ofParameter("source", "expected state or simulated; got '" + source + "'");
        };
    }

    public void register(JavalinConfig config) {
        Endpoint.MONITOR_INDICATORS.register(config, this::indicators);
        Endpoint.MONITOR_MAP.register(config, this::geoJson);
        Endpoint.MONITOR_PINGS.register(config, this::ingest);
    }

    private void indicators(Context ctx) {
        Params params = Params.of(ctx, "month", "subject", "id", "source");
        String month = month(params);
        Subject subject = params.text("subject").map(t -> Params.parseEnum("subject", t, Subject.class)).orElse(null);
        String id = params.text("id").orElse(null);
        boolean simulation = wantsSimulated(params);
        Optional<Aggregates> aggregates = simulation ? Optional.of(simulatedMonth()) : state.current();
        ObjectNode body = Json.object();
        body.put("source", simulation ? "simulated" : "state");
        // a loaded state of simulated pings (monitor ingest --simulated) is as simulated as the simulated month
        body.put("simulated", simulation || aggregates.map(a -> a.simulatedPings() > 0).orElse(false));
        body.put("loaded", aggregates.isPresent());
        if (aggregates.isEmpty()) {
            body.put("simulated_month", "/api/monitor/indicators?source=simulated");
            body.put("how_to_load", String.join(" && ", HOW_TO_LOAD)
                    + "; or POST pings (CSV) to /api/monitor/pings with the write token");
            body.set("commands", Json.MAPPER.valueToTree(HOW_TO_LOAD));
            IndicatorReportJson.putEmpty(body);
            ctx.json(body);
            return;
        }
        Aggregates a = aggregates.get();
        body.put("origin", simulation ? SimulatedMonth.description() : state.origin());
        IndicatorReportJson.put(body, a, Indicator.of(a, subject, id, month), new SubjectNames(current.get().dataset()));
        ctx.json(body);
    }

    private void geoJson(Context ctx) {
        Params params = Params.of(ctx, "month", "source");
        String month = month(params);
        Optional<Aggregates> aggregates = wantsSimulated(params) ? Optional.of(simulatedMonth()) : state.current();
        String body = aggregates.isEmpty() ? Json.write(GeoJson.collection(List.of()))
                : IndicatorGeoJson.of(current.get().dataset(), aggregates.get(), month);
        ctx.contentType(GEOJSON).result(body);
    }

    private void ingest(Context ctx) {
        guard.check(ctx);
        Params params = Params.of(ctx, "now", "strict");
        long now = now(params);
        boolean strict = params.flag("strict");
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new InputException("request body", "", "empty; send pings as CSV with the header "
                    + "vehicle_id,timestamp,latitude,longitude[,speed_kmh,heading]");
        }
        String where = "request body";
        String text = RequestText.utf8(bytes, where, "");
        MonitorState.Ingestion ingestion = state.read(current.get().dataset(), new StringReader(text), where,
                MonitorSettings.defaults(now));
        Aggregates added = ingestion.added();
        ObjectNode body = Json.object();
        body.put("accepted", added.acceptedPings());
        body.put("rejected", ingestion.rejected());
        body.set("rejected_by_reason", IndicatorReportJson.rejectedByReason(added));
        body.set("rejections", JsonValues.objects(ingestion.listed().stream().map(r -> new RejectionJson(r.line(),
                r.vehicleId(), r.reason().label(), r.detail())).toList()));
        body.put("trips", added.trips());
        if (added.acceptedPings() == 0 || (strict && ingestion.rejected() > 0)) {
            body.put("error", "bad_request");
            body.put("message", (added.acceptedPings() == 0 ? "no ping of the body was accepted"
                    : "strict: " + ingestion.rejected() + " pings were rejected") + "; nothing was added. "
                    + "See rejections (line, reason) for what to fix");
            ctx.status(400).json(body);
            return;
        }
        // Kept in the store before the answer: a restart loses nothing acknowledged.
        Aggregates served = state.keep(text, now, added);
        body.put("served_accepted_pings", served.acceptedPings());
        body.put("served_trips", served.trips());
        ctx.json(body);
    }

    /** A ping refused: its line in the body, its vehicle (empty when unread), the reason's label, the detail. */
    private record RejectionJson(long line, String vehicleId, String reason, String detail) {
    }

    /** The {@code month} parameter, YYYY-MM; null when absent. */
    private static String month(Params params) {
        Optional<String> month = params.text("month");
        if (month.isPresent() && !MONTH.matcher(month.get()).matches()) {
            throw InputException.ofParameter("month", "expected a month YYYY-MM such as 2025-05; got '" + month.get() + "'");
        }
        return month.orElse(null);
    }

    /** "Now" for the future-timestamp rule: the {@code now} parameter (ISO-8601 with a zone), else the clock. */
    private static long now(Params params) {
        Optional<String> text = params.text("now");
        if (text.isEmpty()) {
            return Instant.now().getEpochSecond();
        }
        try {
            return OffsetDateTime.parse(text.get()).toEpochSecond();
        } catch (DateTimeException e) {
            throw InputException.ofParameter("now", "not an ISO-8601 time with a zone: '" + text.get()
                    + "'; for example 2025-06-01T00:00:00Z");
        }
    }
}
