package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.common.MonitorStateFile;
import corridor.cli.testing.CliRun;
import corridor.cli.testing.SlowCrossingPings;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.server.CorridorServer;
import corridor.server.ServerOptions;
import corridor.store.Store;
import corridor.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code serve --monitor-state}: {@code GET /api/route} and {@code /api/compare} route on the loaded
 * state's observed medians, as {@code route --observed} does; a server without a state routes on the
 * model and says so.
 */
class ObservedRouteApiTest {

    private static final String QUERY = "?from=kashgar&to=islamabad&modes=road&date=2025-05-15";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path state;
    static Store store;
    static CorridorServer observed;
    static CorridorServer model;

    @BeforeAll
    static void serveWithAndWithoutTheSlowCrossing() throws Exception {
        state = SlowCrossingPings.ingest(dir).state();
        Dataset dataset = BuiltInDataset.load();
        store = Store.open(StoreTarget.embedded(dir.resolve("store")));
        store.sync(dataset);
        ServerOptions options = new ServerOptions("127.0.0.1", 0, "test-token-0123456789abcdef",
                ServerOptions.DEFAULT_MAX_BODY_BYTES, List.of());
        observed = CorridorServer.start(dataset, store, Map.of(), options);
        // as serve --monitor-state does
        observed.loadMonitorState(MonitorStateFile.read(state, "--monitor-state"), state.toString());
        model = CorridorServer.start(dataset, store, Map.of(), options);
    }

    @AfterAll
    static void stop() {
        observed.close();
        model.close();
        store.close();
    }

    private static JsonNode get(CorridorServer server, String path) throws Exception {
        HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    @Test
    void theApiRoutesOnTheLoadedStateAsTheCommandDoes() throws Exception {
        JsonNode api = get(observed, "/api/route" + QUERY).path("route");
        CliRun cli = CliRun.of("route", "--from", "kashgar", "--to", "islamabad", "--modes", "road", "--date",
                "2025-05-15", "--observed", state.toString(), "--format", "json");
        JsonNode command = JSON.readTree(cli.out()).path("route");

        assertThat(api.path("time_basis").asText()).isEqualTo("observed");
        assertThat(api.path("arrival").asText()).isEqualTo(command.path("arrival").asText());
        assertThat(api.path("arrival_p95").asText()).isEqualTo(command.path("arrival_p95").asText());
        assertThat(api.path("hours_p95").asDouble()).isCloseTo(command.path("hours_p95").asDouble(), within(1e-9));
        assertThat(api.path("legs")).hasSameSizeAs(command.path("legs"));
        for (int i = 0; i < api.path("legs").size(); i++) {
            JsonNode a = api.path("legs").get(i);
            JsonNode c = command.path("legs").get(i);
            for (String key : List.of("time_source", "time_source_text", "observations", "observed_month", "simulated",
                    "p95_hours", "speed_source")) {
                assertThat(a.path(key)).as("leg %d %s", i + 1, key).isEqualTo(c.path(key));
            }
        }
        assertThat(api.path("legs")).anyMatch(l -> l.path("place").asText().equals("khunjerab")
                && l.path("time_source_text").asText().equals("observed median, 7 trips, 2025-05"));
    }

    @Test
    void withoutAStateTheApiSaysItUsedTheModel() throws Exception {
        JsonNode route = get(model, "/api/route" + QUERY).path("route");

        assertThat(route.path("time_basis").asText()).isEqualTo("model");
        assertThat(route.path("arrival_p95").isNull()).isTrue();
        assertThat(route.path("legs")).allMatch(l -> l.path("time_source").asText().equals("model"));
        JsonNode withState = get(observed, "/api/route" + QUERY).path("route");
        assertThat(withState.at("/totals/hours").asDouble()).isGreaterThan(route.at("/totals/hours").asDouble() + 30);
    }

    @Test
    void theComparisonTakesTheStateToo() throws Exception {
        JsonNode alternatives = get(observed, "/api/compare?from=kashgar&to=jebel-ali&date=2025-05-15").path("alternatives");

        assertThat(alternatives).allMatch(a -> !a.path("found").asBoolean()
                || a.at("/route/time_basis").asText().equals("observed"));
    }

    @Test
    void theVehiclesThePlannerOffersAreTheDatasets() throws Exception {
        JsonNode answer = get(model, "/api/vehicles");

        assertThat(answer.path("default").asText()).isEqualTo("rigid-truck");
        assertThat(answer.path("vehicles")).extracting(v -> v.path("id").asText())
                .containsExactlyElementsOf(BuiltInDataset.load().vehicles().stream().map(v -> v.id()).toList());
        assertThat(answer.path("vehicles")).allMatch(v -> v.path("class").isTextual() && v.path("sources").isArray()
                && v.has("gross_weight_tonnes"));
    }
}
