package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.testing.CliRun;
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
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A border crossing's truck rule on the route's border leg: {@code route --format json}, the table
 * and {@code GET /api/route} (served from the store, as {@code serve} does) give the same note.
 */
class TruckRuleRouteApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Store store;
    static CorridorServer server;

    @BeforeAll
    static void serve() {
        Dataset dataset = BuiltInDataset.load();
        store = Store.open(StoreTarget.embedded(dir.resolve("store")));
        store.sync(dataset);
        server = CorridorServer.start(dataset, store, Map.of(), new ServerOptions("127.0.0.1", 0,
                "test-token-0123456789abcdef", ServerOptions.DEFAULT_MAX_BODY_BYTES, List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<String> notesAt(JsonNode route, String placeId) {
        JsonNode leg = StreamSupport.stream(route.path("legs").spliterator(), false)
                .filter(l -> l.path("kind").asText().equals("border") && l.path("place").asText().equals(placeId))
                .findFirst().orElseThrow(() -> new AssertionError("no border leg at " + placeId + ": " + route));
        return StreamSupport.stream(leg.path("notes").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void theCommandAndTheApiGiveTheSameTransshipmentNoteAtKhunjerab() throws Exception {
        HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/route?from=kashgar&to=islamabad&modes=road&date=2025-07-15")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        CliRun cli = CliRun.of("route", "--from", "kashgar", "--to", "islamabad", "--modes", "road", "--date",
                "2025-07-15", "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        List<String> api = notesAt(JSON.readTree(reply.body()).path("route"), "khunjerab");
        List<String> command = notesAt(JSON.readTree(cli.out()).path("route"), "khunjerab");

        assertThat(api).isEqualTo(command).filteredOn(n -> n.startsWith("truck rule khunjerab (transshipment at "))
                .singleElement().asString().contains("Sost").contains("net23t-tribune-2277608-sost-destuffed");
    }

    @Test
    void theTableListsTheRuleUnderItsLeg() {
        CliRun cli = CliRun.of("route", "--from", "kashgar", "--to", "islamabad", "--modes", "road", "--date",
                "2025-07-15");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("* values not from the record itself, and border crossings' truck rules:")
                .containsPattern("truck rule khunjerab \\(transshipment at [^)]*Sost[^)]*\\): goods change trucks at "
                        + "Sost dry port.*net23t-dawn-1371923-khunjerab-chinese-containers.*\\(leg \\d+\\)");
    }
}
