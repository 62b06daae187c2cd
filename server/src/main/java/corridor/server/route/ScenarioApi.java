package corridor.server.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.route.RouteRequest;
import corridor.api.route.ScenarioComparisonJson;
import corridor.model.InputException;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.scenario.AppliedScenario;
import corridor.routing.io.ScenarioReader;
import corridor.routing.scenario.Scenario;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.matrix.RouteSource;
import corridor.routing.scenario.ScenarioComparison;
import corridor.server.dataset.Observatory;
import corridor.server.dataset.ScenarioCatalog;
import corridor.server.http.ApiError;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import corridor.server.http.WriteGuard;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.function.Supplier;

/** Scenarios: list, show, run one on a route (before and after), and upload one (a write). */
public final class ScenarioApi {

    private final Supplier<Observatory> current;
    private final WriteGuard guard;

    public ScenarioApi(Supplier<Observatory> current, WriteGuard guard) {
        this.current = current;
        this.guard = guard;
    }

    /** Registers the endpoints, each answering from the observatory served when the request comes. */
    public void register(JavalinConfig config) {
        Endpoint.SCENARIOS.register(config, current, ScenarioApi::list);
        Endpoint.SCENARIO_UPLOAD.register(config, current, this::upload);
        Endpoint.SCENARIO.register(config, current, ScenarioApi::show);
        Endpoint.SCENARIO_RUN.register(config, current, ScenarioApi::run);
    }

    private static void list(Context ctx, Observatory observatory) {
        Params.of(ctx);
        ctx.json(Json.array().addAll(observatory.scenarios().all().stream().map(ScenarioApi::summary).toList()));
    }

    private static void show(Context ctx, Observatory observatory) {
        Params.of(ctx);
        ScenarioCatalog.Entry entry = entry(observatory, ctx.pathParam("id"));
        ObjectNode body = summary(entry);
        body.put("text", entry.text());
        ctx.json(body);
    }

    private static void run(Context ctx, Observatory observatory) {
        RouteRequest request = RouteApi.request(ctx, RouteRequest.SCENARIO);
        ScenarioCatalog.Entry entry = entry(observatory, ctx.pathParam("id"));
        RouteQuery query = RouteApi.query(observatory, request).withObjective(request.objective(Objective.TIME));
        NetworkFilter network = entry.scenario().network();
        // the route before from the hierarchy the observatory keeps for the scenario's network (built with its parameters)
        ScenarioComparison comparison = ScenarioComparison.run(entry.scenario(), observatory.dataset(), query,
                observatory.parameters(), "scenario " + entry.id(),
                RouteSource.hierarchy(observatory.routes(network), observatory.router(network)));
        ObjectNode body = ScenarioComparisonJson.answer(comparison);
        body.set("scenario", summary(entry));
        ctx.json(body);
    }

    private void upload(Context ctx, Observatory observatory) {
        guard.check(ctx);
        Params params = Params.of(ctx, "id");
        String id = params.required("id", "my-scenario");
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new InputException("request body", "", "empty; send the scenario as YAML or JSON");
        }
        String text = RequestText.utf8(body, "request body", "");
        // Checked against the dataset before it is kept, so that a scenario naming unknown links is refused now.
        Scenario scenario = ScenarioReader.parse(text, "request body");
        AppliedScenario.apply(scenario, observatory.dataset(), observatory.parameters(), "request body");
        ScenarioCatalog.Entry entry = observatory.scenarios().upload(id, text);
        ctx.status(201).json(summary(entry));
    }

    private static ScenarioCatalog.Entry entry(Observatory observatory, String id) {
        return observatory.scenarios().find(id).orElseThrow(() -> ApiError.notFound("no scenario with id '" + id
                + "'; /api/scenarios lists them"));
    }

    /**
     * A scenario as the list shows it: its {@code id}, its name, description and network
     * ({@link ScenarioComparisonJson#scenario}), {@code shipped} and {@code uploaded_at} (null for a shipped one).
     */
    private static ObjectNode summary(ScenarioCatalog.Entry entry) {
        ObjectNode node = Json.object();
        node.put("id", entry.id());
        node.setAll(ScenarioComparisonJson.scenario(entry.scenario()));
        node.put("shipped", entry.shipped());
        node.put("uploaded_at", entry.uploadedAt() == null ? null : entry.uploadedAt().toString());
        return node;
    }
}
