package corridor.cli.street;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.server.CorridorServer;
import corridor.server.ServerOptions;
import corridor.store.Store;
import corridor.store.StoreTarget;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A server on an ephemeral port over a dataset with an extract of the test resources imported, for the
 * street-level API tests, and requests to it over real HTTP.
 *
 * @param data the dataset directory the extract was imported into
 */
record ServedExtract(Path data, CorridorServer server, Store store) implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Imports {@code pbf} into {@code temp}/{@code name} and serves it from an embedded store beside it. */
    static ServedExtract of(String pbf, Path temp, String name) {
        Path data = temp.resolve(name);
        Cli.importOsm(pbf, data);
        Dataset dataset = DatasetReader.read(data).orThrow();
        Store store = Store.open(StoreTarget.embedded(temp.resolve(name + "-store")));
        store.sync(dataset);
        CorridorServer server = CorridorServer.start(dataset, store, Map.of(),
                new ServerOptions("127.0.0.1", 0, "test-token-0123456789abcdef", ServerOptions.DEFAULT_MAX_BODY_BYTES,
                        List.of()));
        return new ServedExtract(data, server, store);
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
