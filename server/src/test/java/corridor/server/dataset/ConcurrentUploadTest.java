package corridor.server.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.server.http.Json;
import corridor.server.testing.TestServer;
import corridor.server.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel uploads while readers read: every answer names one dataset version in its header, and
 * what it holds is what that version's upload held; at the end the store and the served dataset are
 * the same version.
 */
class ConcurrentUploadTest {

    private static final int UPLOADERS = 3;
    private static final int UPLOADS_EACH = 2;
    private static final int READERS = 3;

    @TempDir
    Path dir;

    /** What a response showed: its version header, the dataset name or the number of incidents. */
    private record Seen(long version, String name, int incidents) {
    }

    @Test
    void everyAnswerIsFromOneVersion() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            int builtInIncidents = api.get("/api/incidents").json().get("features").size();
            // Uploads differ by name and by how many incidents they keep: i modulo the built-in count for upload i.
            List<ObjectNode> bodies = new ArrayList<>();
            for (int i = 0; i < UPLOADERS * UPLOADS_EACH; i++) {
                bodies.add(Uploads.uploadBody("v" + i, i % builtInIncidents));
            }
            Map<Long, Seen> uploaded = new ConcurrentHashMap<>();
            uploaded.put(api.get("/api/summary").json().get("dataset_version").asLong(),
                    new Seen(0, "cpec", builtInIncidents));
            List<Seen> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean uploading = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS + READERS);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    readers.add(pool.submit(() -> {
                        for (int n = 0; n < 2000 && (uploading.get() || n < 5); n++) {
                            TestServer.Reply summary = api.get("/api/summary");
                            assertThat(summary.status()).isEqualTo(200);
                            long version = header(summary);
                            assertThat(summary.json().get("dataset_version").asLong()).isEqualTo(version);
                            seen.add(new Seen(version, summary.json().get("name").asText(), -1));
                            TestServer.Reply incidents = api.get("/api/incidents");
                            assertThat(incidents.status()).isEqualTo(200);
                            seen.add(new Seen(header(incidents), null, incidents.json().get("features").size()));
                        }
                        return null;
                    }));
                }
                List<Future<?>> uploaders = new ArrayList<>();
                for (int u = 0; u < UPLOADERS; u++) {
                    int first = u * UPLOADS_EACH;
                    uploaders.add(pool.submit(() -> {
                        for (int k = first; k < first + UPLOADS_EACH; k++) {
                            TestServer.Reply reply = put(api, bodies.get(k));
                            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                            uploaded.put(reply.json().get("version").asLong(), new Seen(0, "v" + k, k % builtInIncidents));
                        }
                        return null;
                    }));
                }
                for (Future<?> uploader : uploaders) {
                    uploader.get(300, TimeUnit.SECONDS);
                }
                uploading.set(false);
                for (Future<?> reader : readers) {
                    reader.get(300, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(uploaded).hasSize(UPLOADERS * UPLOADS_EACH + 1);
            assertThat(seen).isNotEmpty();
            for (Seen answer : seen) {
                Seen truth = uploaded.get(answer.version());
                assertThat(truth).as("version %d", answer.version()).isNotNull();
                if (answer.name() != null) {
                    assertThat(answer.name()).as("version %d", answer.version()).isEqualTo(truth.name());
                } else {
                    assertThat(answer.incidents()).as("version %d", answer.version()).isEqualTo(truth.incidents());
                }
            }
            long last = uploaded.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            JsonNode summary = api.get("/api/summary").json();
            assertThat(summary.get("dataset_version").asLong()).isEqualTo(last);
            assertThat(api.store.loaded().orElseThrow().version()).isEqualTo(last);
            assertThat(summary.get("store").get("content_hash").asText())
                    .isEqualTo(api.store.loaded().orElseThrow().contentHash());
            assertThat(summary.get("name").asText()).isEqualTo(uploaded.get(last).name());
        }
    }

    private static long header(TestServer.Reply reply) {
        return Long.parseLong(reply.headers().firstValue(ServedDataset.VERSION_HEADER).orElseThrow());
    }

    private static TestServer.Reply put(TestServer api, ObjectNode body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }
}
