package corridor.server.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code GET /api/route} over real HTTP answers one mode from the hierarchy and says so ({@code router}),
 * and the A* router answers, saying why, where the hierarchy cannot give its answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteHierarchyApiTest {

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private JsonNode route(String query) {
        TestServer.Reply reply = api.get("/api/route?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void oneModeIsAnsweredFromTheHierarchyWithTheMatrixTotals() {
        JsonNode answer = route("from=islamabad&to=karachi&date=2025-07-02&objective=cost&cargo=2teu&modes=road");
        assertThat(answer.get("router").asText()).isEqualTo("hierarchy");
        assertThat(answer.get("router_note").asText()).isEmpty();
        assertThat(answer.get("route").get("legs").size()).isPositive();
        JsonNode cells = api.post("/api/matrix", "{\"from\": \"islamabad\", \"to\": \"karachi\", \"date\": \"2025-07-02\", "
                + "\"objective\": \"cost\", \"cargo\": \"2teu\"}", null).json();
        assertThat(answer.get("route").get("totals").get("cost_usd").asDouble())
                .isCloseTo(cells.get("cost_usd").get(0).get(0).asDouble(), within(1e-6));
    }

    @Test
    void severalModesAndAClosedPassGoToTheRouterSayingWhy() {
        JsonNode modes = route("from=kashgar&to=gwadar&date=2025-07-01");
        assertThat(modes.get("router").asText()).isEqualTo("a*");
        assertThat(modes.get("router_note").asText()).contains("several modes");

        JsonNode winter = route("from=kashgar&to=gwadar&date=2024-02-10&modes=road");
        assertThat(winter.get("found").asBoolean()).isFalse();
        assertThat(winter.get("router").asText()).isEqualTo("a*");
        assertThat(winter.get("router_note").asText()).contains("Khunjerab").contains("closed");
        assertThat(winter.get("why_none").asText()).contains("Khunjerab");
    }
}
