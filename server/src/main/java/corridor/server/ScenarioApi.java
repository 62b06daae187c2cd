package corridor.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.InputException;
import corridor.routing.AppliedScenario;
import corridor.routing.Objective;
import corridor.routing.RouteQuery;
import corridor.routing.Scenario;
import corridor.routing.ScenarioComparison;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.function.Supplier;

/** Scenarios: list, show, run one on a route (before and after), and upload one (a write). */
final class ScenarioApi {

    private static final String[] RUN_PARAMETERS = {"from", "to", "objective", "date", "cargo", "modes", "avoid"};

    private final Supplier<Observatory> current;
    private final WriteGuard guard;

    ScenarioApi(Supplier<Observatory> current, WriteGuard guard) {
        this.current = current;
        this.guard = guard;
    }

    /** The dataset being served now (an upload may replace it between requests). */
    private Observatory observatory() {
        return current.get();
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/scenarios", this::list);
        config.routes.post("/api/scenarios", this::upload);
        config.routes.get("/api/scenarios/{id}", this::show);
        config.routes.get("/api/scenarios/{id}/run", this::run);
    }

    private void list(Context ctx) {
        Params.of(ctx);
        ArrayNode list = Json.array();
        observatory().scenarios().all().forEach(entry -> list.add(summary(entry)));
        ctx.json(list);
    }

    private void show(Context ctx) {
        Params.of(ctx);
        ScenarioCatalog.Entry entry = entry(observatory(), ctx.pathParam("id"));
        ObjectNode body = summary(entry);
        body.put("text", entry.text());
        ctx.json(body);
    }

    private void run(Context ctx) {
        Params params = Params.of(ctx, RUN_PARAMETERS);
        Observatory observatory = observatory();
        ScenarioCatalog.Entry entry = entry(observatory, ctx.pathParam("id"));
        Objective objective = RouteApi.parseObjective(params.text("objective").orElse("time"));
        RouteQuery query = RouteApi.query(observatory, params, objective);
        ScenarioComparison comparison = ScenarioComparison.run(entry.scenario(), observatory.dataset(), query,
                observatory.parameters(), "scenario " + entry.id());
        ObjectNode body = Json.object();
        body.set("scenario", summary(entry));
        ArrayNode changes = body.putArray("changes");
        comparison.applied().changes().forEach(changes::add);
        body.set("before", RouteJson.result(comparison.before()));
        body.set("after", RouteJson.result(comparison.after()));
        comparison.difference().ifPresent(d -> body.set("difference", RouteJson.totals(d)));
        ctx.json(body);
    }

    private void upload(Context ctx) {
        guard.check(ctx);
        Params params = Params.of(ctx, "id");
        String id = params.required("id", "my-scenario");
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new InputException("request body", "", "empty; send the scenario as YAML or JSON");
        }
        String text = RequestText.utf8(body, "request body", "");
        // Checked against the dataset before it is kept, so that a scenario naming unknown links is refused now.
        Observatory observatory = observatory();
        Scenario scenario = Scenario.parse(text, "request body");
        AppliedScenario.apply(scenario, observatory.dataset(), observatory.parameters(), "request body");
        ScenarioCatalog.Entry entry = observatory.scenarios().upload(id, text);
        ctx.status(201).json(summary(entry));
    }

    private static ScenarioCatalog.Entry entry(Observatory observatory, String id) {
        return observatory.scenarios().find(id).orElseThrow(() -> ApiError.notFound("no scenario with id '" + id
                + "'; /api/scenarios lists them"));
    }

    private static ObjectNode summary(ScenarioCatalog.Entry entry) {
        ObjectNode node = Json.object();
        node.put("id", entry.id());
        node.put("name", entry.scenario().name());
        node.put("description", entry.scenario().description());
        node.put("network", entry.scenario().network().name().toLowerCase(Locale.ROOT));
        node.put("shipped", entry.shipped());
        node.put("uploaded_at", entry.uploadedAt() == null ? null : entry.uploadedAt().toString());
        return node;
    }
}
