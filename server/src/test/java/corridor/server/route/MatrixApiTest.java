package corridor.server.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /api/matrix} and {@code GET /api/isochrone} over real HTTP: answers, refusals, and serving on;
 * {@code GET /api/route} answering one mode from the same hierarchy and saying so ({@code router}), and the A*
 * router answering, saying why, where the hierarchy cannot give its answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixApiTest {

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private TestServer.Reply matrix(String body) {
        TestServer.Reply reply = api.post("/api/matrix", body, null);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return reply;
    }

    private static void assertBadRequest(TestServer.Reply reply, String parameter, String... phrases) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
        if (parameter != null) {
            assertThat(reply.json().get("parameter").asText()).isEqualTo(parameter);
        }
        assertThat(reply.json().get("message").asText()).contains(phrases);
    }

    @Test
    void aMatrixGivesEachPairsTotalsAsTheRouteEndpointDoes() {
        TestServer.Reply reply = matrix("{\"from\": [\"Gwadar\", \"Islamabad\"], \"to\": \"kashgar, karachi\", "
                + "\"date\": \"2025-07-02\", \"objective\": \"cost\", \"cargo\": \"2teu\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("objective").asText()).isEqualTo("cost");
        assertThat(answer.get("from").get(1).get("id").asText()).isEqualTo("islamabad");
        assertThat(answer.get("cells").asInt()).isEqualTo(4);
        JsonNode route = api.get("/api/route?from=islamabad&to=karachi&date=2025-07-02&objective=cost&cargo=2teu"
                + "&modes=road").json().get("route").get("totals");
        assertThat(answer.get("cost_usd").get(1).get(1).asDouble())
                .isCloseTo(route.get("cost_usd").asDouble(), within(1e-6));
        assertThat(answer.get("hours").get(1).get(1).asDouble()).isCloseTo(route.get("hours").asDouble(), within(1e-6));
        assertThat(answer.get("distance_km").get(1).get(1).asDouble())
                .isCloseTo(route.get("distance_km").asDouble(), within(1e-6));
        assertThat(answer.get("methods").get(1).get(1).asText()).isIn("hierarchy", "router");
        assertThat(answer.get("hierarchy").asBoolean()).isTrue();
    }

    @Test
    void badMatricesAreRefusedNamingTheFieldAndTheServerServesOn() {
        String many = "[" + String.join(",", Collections.nCopies(101, "\"gwadar\"")) + "]";
        assertBadRequest(matrix("{\"from\": " + many + ", \"to\": " + many + "}"), "to", "at most 10000");
        assertBadRequest(matrix("{\"from\": [], \"to\": [\"kashgar\"]}"), "from", "required");
        assertBadRequest(matrix("{\"to\": [\"kashgar\"]}"), "from", "required");
        assertBadRequest(matrix("{\"from\": [\"gwadar\"], \"to\": [\"Atlantis\"]}"), "to", "Atlantis");
        assertBadRequest(matrix("{\"from\": [\"gwadar\"], \"to\": [\"kashgar\"], \"colour\": \"red\"}"), "colour",
                "unknown field");
        assertBadRequest(matrix("{\"from\": [\"gwadar\"], \"to\": [{\"id\": \"kashgar\"}]}"), "to", "a string");
        assertBadRequest(matrix("{\"from\": [\"gwadar\"], \"to\": [\"kashgar\"], \"objective\": \"pareto\"}"),
                "objective", "one route a pair");
        assertBadRequest(matrix("{\"from\": [\"gwadar\"], \"to\": [\"kashgar\"], \"date\": \"soon\"}"), "date",
                "not a date");
        String router = "[" + String.join(",", Collections.nCopies(21, "\"gwadar\"")) + "]";
        assertBadRequest(matrix("{\"from\": " + router + ", \"to\": " + router + ", \"modes\": [\"road\", \"rail\"]}"),
                "modes", "at most 400");
        assertBadRequest(matrix("not json"), null, "not valid JSON");
        assertBadRequest(matrix(""), null, "empty");
        TestServer.Reply huge = matrix("{\"from\": \"" + "x".repeat(MatrixApi.MAX_BODY_BYTES) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(api.get("/api/health").status()).isEqualTo(200);
        assertThat(matrix("{\"from\": \"gwadar\", \"to\": \"karachi\"}").status()).isEqualTo(200);
    }

    @Test
    void anIsochroneIsGeoJsonOfOneFeaturePerBand() {
        TestServer.Reply reply = api.get("/api/isochrone?from=Sost&hours=4,8,24&date=2025-07-02");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/geo+json");
        JsonNode features = reply.json().get("features");
        assertThat(features).hasSize(3);
        assertThat(features.get(0).get("properties").get("hours").asDouble()).isEqualTo(24.0);
        assertThat(features.get(2).get("geometry").get("coordinates").get(0).get(0)).hasSizeGreaterThan(3);
        assertThat(reply.json().get("modes").get(0).asText()).isEqualTo("road");

        assertBadRequest(api.get("/api/isochrone?from=Sost"), "hours", "required");
        assertBadRequest(api.get("/api/isochrone?from=Sost&hours=soon"), "hours", "not a number");
        assertBadRequest(api.get("/api/isochrone?from=Sost&hours=500"), "hours", "at most 336");
        assertBadRequest(api.get("/api/isochrone?from=Sost&hours=-1"), "hours", "above 0");
        assertBadRequest(api.get("/api/isochrone?hours=4"), "from", "required");
        assertBadRequest(api.get("/api/isochrone?from=Nowhere&hours=4"), "from", "Nowhere");
        assertBadRequest(api.get("/api/isochrone?from=Sost&hours=4&objective=cost"), "objective", "unknown parameter");
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
