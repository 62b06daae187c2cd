package corridor.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /api/dataset: a write that replaces the served dataset, refused without the token or with errors. */
class DatasetUploadTest {

    @TempDir
    Path dir;

    /** A file of the built-in dataset as text; null when the dataset has no such file. */
    static String builtIn(String file) {
        try (InputStream in = DatasetUploadTest.class.getClassLoader()
                .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in dataset's files without incidents (an optional file). */
    private static ObjectNode withoutIncidents(String name) {
        ObjectNode body = Json.object();
        body.put("name", name);
        ObjectNode files = body.putObject("files");
        for (String file : DatasetApi.FILES) {
            if (!file.equals("incidents.geojson")) {
                files.put(file, builtIn(file));
            }
        }
        return body;
    }

    private static TestServer.Reply put(TestServer api, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(LayerApi.write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    @Test
    void aValidDatasetReplacesTheServedOneAndTheStoresContent() {
        try (TestServer api = new TestServer(dir)) {
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
            String before = api.store.loaded().orElseThrow().contentHash();

            TestServer.Reply reply = put(api, withoutIncidents("no-incidents"), TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("reloaded").asBoolean()).isTrue();
            assertThat(api.get("/api/incidents").json().get("features")).isEmpty();
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("no-incidents");
            assertThat(api.store.loaded().orElseThrow().contentHash()).isNotEqualTo(before)
                    .isEqualTo(reply.json().get("content_hash").asText());
            assertThat(api.get("/api/route?from=Kashgar&to=Gwadar&date=2025-07-01").json().get("found").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void writesNeedTheToken() {
        try (TestServer api = new TestServer(dir)) {
            // A body above 64 KiB without the token is refused unread and its connection closed; a small one gets the 401.
            ObjectNode small = Json.object();
            small.putObject("files").put("sources.csv", "id\n");
            assertThat(put(api, small, null).status()).isEqualTo(401);
            assertThat(put(api, small, "wrong-token-wrong-token").status()).isEqualTo(401);
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
        }
    }

    @Test
    void aDatasetWithErrorsIsRefusedWithItsProblemsAndNothingChanges() {
        try (TestServer api = new TestServer(dir)) {
            ObjectNode body = withoutIncidents("broken");
            ObjectNode files = (ObjectNode) body.get("files");
            files.put("places.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                    + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [500, 30]}, \"properties\": {\"id\": \"x\"}}]}");

            TestServer.Reply reply = put(api, body, TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_dataset");
            assertThat(reply.json().get("message").asText()).contains("error");
            assertThat(reply.json().get("problems")).isNotEmpty();
            assertThat(reply.json().get("problems").get(0).get("file").asText()).isNotBlank();
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
        }
    }

    @Test
    void fileNamesComeFromTheDatasetFormatNeverFromTheRequest() {
        try (TestServer api = new TestServer(dir)) {
            ObjectNode body = withoutIncidents("sneaky");
            ((ObjectNode) body.get("files")).put("../../etc/cron.d/x", "* * * * * root true");

            TestServer.Reply reply = put(api, body, TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("parameter").asText()).isEqualTo("files.../../etc/cron.d/x");
            assertThat(reply.json().get("message").asText()).contains("not a dataset file", "sources.csv");

            ObjectNode badName = withoutIncidents("Bad Name!");
            assertThat(put(api, badName, TestServer.TOKEN).json().get("parameter").asText()).isEqualTo("name");
            assertThat(put(api, Json.object(), TestServer.TOKEN).json().get("parameter").asText()).isEqualTo("files");
            TestServer.Reply notJson = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("sources.csv=...")));
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.json().get("message").asText()).contains("not valid JSON");
        }
    }
}
