package corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.server.http.Json;
import corridor.server.testing.TestServer;
import corridor.store.Store;
import corridor.store.StoreTarget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The server over PostgreSQL + PostGIS (started by {@code .ci/postgres.sh}) answers the layers as
 * it does over the embedded store. Under CI an unreachable server fails; elsewhere it is skipped.
 */
class PostGisServerTest {

    static final String URL = env("CORRIDOR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/corridor");
    static final String USER = env("CORRIDOR_PG_USER", "corridor");
    static final String PASSWORD = env("CORRIDOR_PG_PASSWORD", "corridor");

    @Test
    void layersAndBoundingBoxesComeFromPostGis() throws Exception {
        String schema = "server_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        Dataset dataset = BuiltInDataset.load();
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        try (Store store = Store.open(StoreTarget.postgres(url, USER, PASSWORD))) {
            store.sync(dataset);
            try (CorridorServer server = CorridorServer.start(dataset, store, Map.of(),
                    ServerOptions.local(0, TestServer.TOKEN))) {
                String base = "http://127.0.0.1:" + server.port();
                JsonNode summary = get(base + "/api/summary");
                assertThat(summary.get("store").get("vendor").asText()).isEqualTo("postgis");

                assertThat(ids(get(base + "/api/links"))).hasSize(dataset.links().size());
                List<String> north = ids(get(base + "/api/places?bbox=70,34,78,38"));
                List<String> expected = dataset.places().stream().filter(p -> p.location().longitude() >= 70
                        && p.location().longitude() <= 78 && p.location().latitude() >= 34
                        && p.location().latitude() <= 38).map(p -> p.id()).toList();
                assertThat(north).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
            }
        } finally {
            execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    /** Runs {@code sql} on the test database; skips the test (fails it under CI) when PostgreSQL is not reachable. */
    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String why = "PostgreSQL with PostGIS is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); run .ci/postgres.sh or set CORRIDOR_PG_URL, CORRIDOR_PG_USER, CORRIDOR_PG_PASSWORD";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
