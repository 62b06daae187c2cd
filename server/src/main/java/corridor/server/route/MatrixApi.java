package corridor.server.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.api.matrix.IsochroneGeoJson;
import corridor.api.matrix.IsochroneRequest;
import corridor.api.matrix.MatrixJson;
import corridor.api.matrix.MatrixRequest;
import corridor.api.route.ParameterStyle;
import corridor.api.route.TextParameters;
import corridor.model.InputException;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.Isochrones;
import corridor.routing.matrix.TravelMatrix;
import corridor.server.dataset.Observatory;
import corridor.server.http.BoundedBody;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Many places at once: {@code POST /api/matrix} (a JSON body with the lists {@code from} and {@code to}
 * and the options of a route; the answer is {@code corridor matrix --format json}'s) and
 * {@code GET /api/isochrone} (the answer is {@code corridor isochrone}'s GeoJSON). Requests are read by
 * {@code corridor.api.matrix} with the command line's rules and messages; a matrix over the size bound
 * is refused (400 naming {@code to}, or {@code modes} when every cell would be the router's) before any
 * search, and the server keeps serving. The hierarchy of each served graph is built by the first matrix
 * asked of it. Thread-safe.
 */
public final class MatrixApi {

    /** Largest matrix request body accepted, in bytes (10,000 place names fit). */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final String GEOJSON = "application/geo+json; charset=utf-8";
    private static final String EXAMPLE = "{\"from\": [\"Gwadar\", \"Sost\"], \"to\": [\"Kashgar\", \"Karachi\"], "
            + "\"objective\": \"time\"}";

    private MatrixApi() {
    }

    /** Registers the endpoints, each answering from the observatory {@code current} gives for the request. */
    public static void register(JavalinConfig config, Supplier<Observatory> current) {
        Endpoint.MATRIX.register(config, current, MatrixApi::matrix);
        Endpoint.ISOCHRONE.register(config, current, MatrixApi::isochrone);
    }

    private static void matrix(Context ctx, Observatory observatory) {
        Params.of(ctx);
        byte[] bytes = BoundedBody.read(ctx, MAX_BODY_BYTES, "a matrix request");
        TextParameters parameters = TextParameters.of(fields(RequestText.jsonObject(bytes, EXAMPLE, MatrixRequest.PARAMETERS)));
        MatrixRequest.Matrix asked;
        try {
            asked = new MatrixRequest(parameters, ParameterStyle.API).read(observatory.dataset(),
                    observatory.places()::match);
        } catch (InputException e) {
            throw new InputException("request body", e.field(), e.reason());
        }
        TravelMatrix matrix = observatory.matrix(asked.network()).compute(asked.template(), asked.fromIds(),
                asked.toIds(), observatory.router(asked.network()));
        ctx.json(MatrixJson.answer(asked.goal(), asked.template(), matrix));
    }

    /** The body's fields as text parameters: a string, a number, or a list of them each; null is absent. */
    private static Map<String, List<String>> fields(JsonNode body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            String name = field.getKey();
            List<String> texts = new ArrayList<>();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(item -> texts.add(scalar(item, name)));
            } else if (!value.isNull()) {
                texts.add(scalar(value, name));
            }
            // a list is one comma-separated value, as the query string gives it
            values.put(name, texts.isEmpty() ? List.of() : List.of(String.join(",", texts)));
        });
        return values;
    }

    private static String scalar(JsonNode value, String name) {
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw new InputException("request body", name, "expected a string, a number or a list of them");
    }

    private static void isochrone(Context ctx, Observatory observatory) {
        Params params = Params.of(ctx, IsochroneRequest.PARAMETERS.toArray(String[]::new));
        IsochroneRequest.Isochrone asked = new IsochroneRequest(params.asText(), ParameterStyle.API)
                .read(observatory.dataset(), observatory.places()::match);
        RoutingGraph graph = observatory.router(asked.network()).graph();
        List<Isochrones.Isochrone> bands = Isochrones.of(graph, asked.query(), asked.hours());
        ctx.contentType(GEOJSON).result(Json.write(IsochroneGeoJson.answer(asked.origin(), asked.query(), bands,
                Isochrones.bufferKm(graph))));
    }
}
