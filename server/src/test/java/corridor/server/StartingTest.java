package corridor.server;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.server.http.Json;
import corridor.server.testing.TestServer;
import corridor.store.Store;
import corridor.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A server listening before its dataset is ready answers 503 "starting", then serves. */
class StartingTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiSaysItIsStartingUntilTheDatasetIsServed() throws Exception {
        Dataset dataset = BuiltInDataset.load();
        try (Store store = Store.open(StoreTarget.embedded(dir.resolve("store")));
             CorridorServer server = CorridorServer.listen(ServerOptions.local(0, TestServer.TOKEN))) {
            String base = "http://127.0.0.1:" + server.port();

            HttpResponse<String> early = get(base + "/api/health");
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(Json.MAPPER.readTree(early.body()).get("error").asText()).isEqualTo("starting");
            assertThat(get(base + "/api/places").statusCode()).isEqualTo(503);

            store.sync(dataset);
            server.serve(dataset, store, Map.of());

            assertThat(get(base + "/api/health").statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/places").statusCode()).isEqualTo(200);
        }
    }
}
