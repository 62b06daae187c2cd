package corridor.server.route;

import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequestCases;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/route} on the shared table of route requests ({@code RouteRequestCases} of the api
 * module): each accepted with its meaning, or refused with a 400 naming the parameter and the same
 * reason {@code corridor route} gives ({@code RouteRequestCliTest} in cli).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteRequestApiTest {

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + TestServer.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Test
    void everySharedCaseIsAcceptedWithItsMeaningOrRefusedWithItsReason() {
        for (RouteRequestCases.Case c : RouteRequestCases.all()) {
            TestServer.Reply reply = api.get("/api/route?" + query(c.parameters()));
            if (c.accepted() != null) {
                assertThat(reply.status()).as(c + ": " + reply.body()).isEqualTo(200);
                RouteRequestCases.assertMeaning(c, reply.json());
            } else {
                assertThat(reply.status()).as(c.name()).isEqualTo(400);
                assertThat(reply.json().get("parameter").asText()).as(c.name())
                        .isEqualTo(ParameterStyle.API.spell(c.refused().parameter()));
                assertThat(reply.json().get("message").asText()).as(c.name())
                        .isEqualTo(c.refused().message(ParameterStyle.API));
            }
        }
    }

    @Test
    void theOtherRoutingEndpointsReadTheSameOptions() {
        String options = "&date=2025-07-01&modes=road,rail,sea&avoid=Sost&avoid_link=kkh-sost-gilgit&cargo=1teu"
                + "&tonnes_per_teu=12&risk_ceiling=1000";
        assertThat(api.get("/api/compare?from=Kashgar&to=Gwadar" + options + "&network=with_planned").status()).isEqualTo(200);
        assertThat(api.get("/api/scenarios/close-first-link/run?from=Kashgar&to=Gwadar" + options).status()).isEqualTo(200);
        TestServer.Reply minerals = api.get("/api/mineral-routes?mineral=saindak" + options + "&network=existing");
        assertThat(minerals.status()).as(minerals.body()).isEqualTo(200);
        // over Khunjerab the road passes Sost, which is avoided; by sea there are routes, for 1 TEU of 12 t
        assertThat(minerals.json().get("routes")).anySatisfy(r -> assertThat(r.path("route").path("cargo_tonnes").asDouble())
                .isEqualTo(12.0)).anySatisfy(r -> assertThat(r.get("found").asBoolean()).isFalse());

        TestServer.Reply badLink = api.get("/api/compare?from=Kashgar&to=Gwadar&avoid_link=no-such-link");
        assertThat(badLink.json().get("message").asText()).isEqualTo("avoid_link: no link with id 'no-such-link'");
        TestServer.Reply badMode = api.get("/api/mineral-routes?mineral=saindak&modes=air");
        assertThat(badMode.json().get("message").asText()).isEqualTo("modes: unknown mode 'air'; expected road, rail or sea");
        // a scenario names its own network
        assertThat(api.get("/api/scenarios/close-first-link/run?from=Kashgar&to=Gwadar&network=existing").json()
                .get("parameter").asText()).isEqualTo("network");
    }
}
