package corridor.server;

import corridor.server.http.Json;
import corridor.server.testing.SimulatedFleet;
import corridor.server.testing.TestServer;
import corridor.server.testing.Uploads;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.store.Store;
import corridor.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lives only in one server's memory: pings posted to the API are kept in the store before
 * the answer and come back after a restart; two servers on one PostgreSQL/PostGIS database serve
 * each other's uploads, scenarios and pings within the polling interval.
 */
class SharedStoreTest {

    private static final String URL = PostGisServerTest.URL;
    private static final String USER = PostGisServerTest.USER;
    private static final String PASSWORD = PostGisServerTest.PASSWORD;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** How long a test waits for another server to catch up: many polling intervals, for a loaded machine. */
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path dir;

    @Test
    void postedPingsSurviveARestart() throws Exception {
        Dataset dataset = BuiltInDataset.load();
        String csv = SimulatedFleet.pingsCsv(dataset, 2, 3, 7);
        long accepted;
        try (Store store = Store.open(StoreTarget.embedded(dir.resolve("store")))) {
            store.sync(dataset);
            try (CorridorServer server = CorridorServer.start(dataset, store, Map.of(), ServerOptions.local(0, TestServer.TOKEN))) {
                JsonNode answer = postPings(base(server), csv);
                accepted = answer.get("accepted").asLong();
                assertThat(accepted).isPositive();
                assertThat(answer.get("served_accepted_pings").asLong()).isEqualTo(accepted);
            }
        }
        try (Store store = Store.open(StoreTarget.embedded(dir.resolve("store")))) {
            try (CorridorServer server = CorridorServer.start(dataset, store, Map.of(), ServerOptions.local(0, TestServer.TOKEN))) {
                JsonNode indicators = get(base(server) + "/api/monitor/indicators");
                assertThat(indicators.get("loaded").asBoolean()).isTrue();
                assertThat(indicators.get("accepted_pings").asLong()).isEqualTo(accepted);
                assertThat(indicators.get("indicators")).isNotEmpty();
            }
        }
    }

    @Test
    void twoServersOnOnePostGisDatabaseServeEachOthersWrites() throws Exception {
        String schema = "shared_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        Dataset dataset = BuiltInDataset.load();
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        try (Store storeA = Store.open(StoreTarget.postgres(url, USER, PASSWORD));
             Store storeB = Store.open(StoreTarget.postgres(url, USER, PASSWORD))) {
            storeA.sync(dataset);
            storeB.sync(dataset);
            try (CorridorServer a = CorridorServer.start(dataset, storeA, Map.of(), ServerOptions.local(0, TestServer.TOKEN));
                 CorridorServer b = CorridorServer.start(dataset, storeB, Map.of(), ServerOptions.local(0, TestServer.TOKEN))) {
                // An upload through A is served by B (pages, layers, routes), with A's version.
                String body = Uploads.uploadBody("shared-upload", 2).toString();
                HttpResponse<String> upload = CLIENT.send(HttpRequest.newBuilder(URI.create(base(a) + "/api/dataset"))
                        .header("Authorization", "Bearer " + TestServer.TOKEN)
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
                long version = Json.MAPPER.readTree(upload.body()).get("version").asLong();
                JsonNode summary = await(base(b) + "/api/summary", s -> s.get("dataset_version").asLong() == version);
                assertThat(summary.get("name").asText()).isEqualTo("shared-upload");
                assertThat(get(base(b) + "/api/incidents").get("features")).hasSize(2);

                // A scenario uploaded through B is listed by A at once: scenarios live in the database only.
                HttpResponse<String> scenario = CLIENT.send(HttpRequest.newBuilder(URI.create(base(b)
                                + "/api/scenarios?id=shared")).header("Authorization", "Bearer " + TestServer.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(TestServer.closeLinkScenario(dataset.links().get(0).id())))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(scenario.statusCode()).as(scenario.body()).isEqualTo(201);
                assertThat(get(base(a) + "/api/scenarios/shared").get("id").asText()).isEqualTo("shared");

                // Pings posted to B are in A's indicators within the polling interval.
                long accepted = postPings(base(b), SimulatedFleet.pingsCsv(dataset, 2, 3, 11)).get("accepted").asLong();
                JsonNode indicators = await(base(a) + "/api/monitor/indicators",
                        i -> i.path("accepted_pings").asLong() == accepted);
                assertThat(indicators.get("origin").asText()).contains("posted");
            }
        } finally {
            execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static String base(CorridorServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static JsonNode postPings(String base, String csv) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/monitor/pings?now="
                        + java.time.Instant.ofEpochSecond(SimulatedFleet.NOW)))
                .header("Authorization", "Bearer " + TestServer.TOKEN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    /** Polls {@code url} until its answer satisfies {@code done} (at most {@link #WAIT_MILLIS}). */
    private static JsonNode await(String url, Predicate<JsonNode> done) throws Exception {
        JsonNode last = null;
        for (long waited = 0; waited <= WAIT_MILLIS; waited += 250) {
            last = get(url);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not reached within " + WAIT_MILLIS + " ms: " + url + " answered " + last);
    }

    private static void execute(String sql) {
        PostGisServerTest.execute(sql);
    }
}
