package corridor.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.server.CorridorServer;
import corridor.server.ServerOptions;
import corridor.server.http.Json;
import corridor.store.Store;
import corridor.store.StoreTarget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A real server on a free port over the built-in dataset and an H2GIS store in a temporary directory. */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789abcdef";

    /** A shipped scenario for the tests: the first Khunjerab road link closed. */
    public static String closeLinkScenario(String linkId) {
        return "name: Link closed\ndescription: for the tests\nlinks:\n  - id: " + linkId + "\n    close: true\n";
    }

    public final Dataset dataset;
    public final Store store;
    public final CorridorServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(Path dir) {
        this(dir, ServerOptions.DEFAULT_MAX_BODY_BYTES);
    }

    /** @param maxBodyBytes the largest request body the server accepts, in bytes */
    public TestServer(Path dir, long maxBodyBytes) {
        this(dir, BuiltInDataset.load(), maxBodyBytes);
    }

    /** A server of {@code dataset} (which must have a link: the shipped scenario closes its first). */
    public TestServer(Path dir, Dataset dataset) {
        this(dir, dataset, ServerOptions.DEFAULT_MAX_BODY_BYTES);
    }

    private TestServer(Path dir, Dataset dataset, long maxBodyBytes) {
        this.dataset = dataset;
        store = Store.open(StoreTarget.embedded(dir.resolve("store")));
        store.sync(dataset);
        String linkId = dataset.links().get(0).id();
        server = CorridorServer.start(dataset, store, Map.of("close-first-link", closeLinkScenario(linkId)),
                new ServerOptions("127.0.0.1", 0, TOKEN, maxBodyBytes, java.util.List.of()));
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response with its body parsed as JSON. */
    public record Reply(int status, String contentType, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    }

    public Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    public Reply post(String pathAndQuery, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.contains("json")) {
                json = Json.MAPPER.readTree(response.body());
            }
            return new Reply(response.statusCode(), type, response.body(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
