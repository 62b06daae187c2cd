package corridor.server.street;

import corridor.server.dataset.PerRoadLayer;
import corridor.server.http.BoundedBody;
import corridor.server.http.Endpoint;
import corridor.api.match.MatchFormat;
import corridor.api.match.TraceMatching;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.model.vehicle.Vehicle;
import corridor.monitor.trace.TraceMatch;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /api/match[?format=geojson|gpx|csv][&vehicle=ID]}: the body is a GPS trace as GPX, GeoJSON or CSV text
 * (UTF-8, at most {@link #MAX_BODY_BYTES}); the answer is the matched trace in the asked format, the same
 * text {@code corridor match --format F [--vehicle ID]} prints; with a vehicle the match keeps off the roads it may
 * not use. 400 for a body that is not a trace (naming where and
 * why), 413 over the bound, 422 when the dataset has no street-level roads. The matching index is built
 * once per road layer served. Thread-safe.
 */
public final class MatchApi {

    /** Largest trace body accepted, in bytes (about 25,000 GPX points with extensions). */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Set<String> PARAMETERS = Set.of("format", "vehicle");

    private final Supplier<Dataset> dataset;
    /** The service for the last road layer served (rebuilt when an upload changes it). */
    private final PerRoadLayer<TraceMatching> service = new PerRoadLayer<>(TraceMatching::new);

    /** @param dataset the dataset served at the time of each request */
    public MatchApi(Supplier<Dataset> dataset) {
        this.dataset = dataset;
    }

    /** Registers the endpoint. */
    public void register(JavalinConfig config) {
        Endpoint.MATCH.register(config, this::match);
    }

    private void match(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw InputException.ofParameter(name, "unknown parameter; this endpoint takes format and vehicle");
            }
            if (ctx.queryParams(name).size() > 1) {
                throw InputException.ofParameter(name, "given more than once");
            }
        }
        MatchFormat format = MatchFormat.parse(ctx.queryParam("format"), "format");
        Dataset served = dataset.get();
        Vehicle vehicle = TraceMatching.vehicle(served, ctx.queryParam("vehicle"), "vehicle");
        byte[] bytes = BoundedBody.read(ctx, MAX_BODY_BYTES, "a trace");
        String text = utf8(bytes);
        TraceMatching matching = service(served.roads());
        TraceMatch match = matching.match(text, "request body", vehicle);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.result(matching.render(match, format, "trace"));
    }

    private TraceMatching service(RoadLayer roads) {
        if (roads.isEmpty()) {
            throw new HttpResponseException(422, "the served dataset has no street-level roads to match on; serve a "
                    + "dataset with an imported OpenStreetMap extract (corridor serve --data DIR)");
        }
        return service.of(roads);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("request body", "", "is not UTF-8 text; send the trace as GPX, GeoJSON or CSV");
        }
    }
}
