package corridor.server;

import corridor.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure inside the server reaches the client as a JSON 500 without internals, and the server keeps serving. */
class InternalErrorTest {

    @TempDir
    Path dir;

    @Test
    void aFailingStoreGivesA500WithoutAStackTraceAndTheServerKeepsServing() {
        try (TestServer api = new TestServer(dir)) {
            api.store.close();

            TestServer.Reply reply = api.get("/api/places");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.json().get("error").asText()).isEqualTo("internal");
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("jdbc").doesNotContain("\tat ");
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/route?from=Kashgar&to=Gwadar&date=2025-07-01").status()).isEqualTo(200);
        }
    }
}
