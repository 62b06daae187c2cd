package corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.evidence.NearLayer;
import corridor.evidence.Proximity;
import corridor.model.Sector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static corridor.server.TestServer.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/check-claim}, {@code /api/near} and the filtered project summary, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimAndNearApiTest {

    private static final String TRADE_CLAIM = "bilateral trade reached US$23.1 billion in 2024";

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static void assertBadRequest(TestServer.Reply reply, String parameter, String... phrases) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(reply.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(reply.json().get("message").asText()).contains(phrases);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aTradeClaimGetsAVerdictWithNumbersToleranceAndSources() {
        TestServer.Reply reply = api.get("/api/check-claim?text=" + encode(TRADE_CLAIM));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode claim = reply.json().get("claims").get(0);
        assertThat(claim.get("figure").asText()).contains("23.1");
        assertThat(claim.get("value").asDouble()).isEqualTo(23.1e9);
        assertThat(claim.get("tolerance").asDouble()).isEqualTo(0.05e9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(claim.get("period").asText()).isEqualTo("2024");
        assertThat(claim.get("verdict").asText()).isIn("supported", "contradicted", "unverifiable");
        assertThat(claim.get("explanation").asText()).contains("23.1");
        List<JsonNode> compared = list(claim.get("compared"));
        assertThat(compared).isNotEmpty();
        JsonNode source = compared.get(0).get("sources").get(0);
        assertThat(source.get("publisher").asText()).isNotBlank();
        assertThat(source.get("publisher_type").asText()).isNotBlank();
    }

    @Test
    void aClaimWhoseOnlySourceIsItsOwnPublisherIsUnverifiableAndSaysSo() {
        TestServer.Reply reply = api.get("/api/check-claim?text=" + encode(TRADE_CLAIM) + "&publisher="
                + encode("China Daily"));
        JsonNode claim = reply.json().get("claims").get(0);
        assertThat(reply.json().get("publisher").asText()).isEqualTo("China Daily");
        assertThat(claim.get("verdict").asText()).isEqualTo("unverifiable");
        assertThat(claim.get("only_own_publisher").asBoolean()).isTrue();
        assertThat(claim.get("explanation").asText()).contains("own publisher");
    }

    @Test
    void directJobsClaimIsContradictedByTheIndependentFigure() {
        JsonNode claim = api.get("/api/check-claim?text=" + encode("CPEC created 236,000 direct jobs")
                + "&publisher=" + encode("China Daily")).json().get("claims").get(0);
        assertThat(claim.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(claim.get("kind").asText()).isEqualTo("count");
    }

    @Test
    void claimsWithoutTextOrWithoutAFigureAre400() {
        assertBadRequest(api.get("/api/check-claim"), "text", "required");
        assertBadRequest(api.get("/api/check-claim?text=" + encode("CPEC is a game changer")), "text", "text: ");
        assertBadRequest(api.get("/api/check-claim?text=x&lang=en"), "lang", "unknown parameter");
    }

    @Test
    void mineralsNearTheCorridorComeNearestFirstWithPortAndRailhead() {
        TestServer.Reply reply = api.get("/api/near?layer=minerals&withinKm=50");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> items = list(reply.json().get("items"));
        int expected = new Proximity(api.dataset).near(NearLayer.MINERALS, 50, List.of()).size();
        assertThat(items).hasSize(expected).isNotEmpty();
        List<Double> distances = items.stream().map(i -> i.get("distance_km").asDouble()).toList();
        assertThat(distances).isSorted().allMatch(d -> d <= 50);
        assertThat(items.get(0).get("nearest_port").get("name").asText()).isNotBlank();
        assertThat(items.get(0).get("nearest_railhead").get("distance_km").asDouble()).isNotNegative();
        assertThat(items.get(0).get("nearest_link").asText()).isNotBlank();
    }

    @Test
    void aWiderDistanceFindsAtLeastAsMuchAndARouteLimitsTheSearch() {
        int near = api.get("/api/near?layer=incidents&withinKm=10").json().get("items").size();
        int far = api.get("/api/near?layer=incidents&withinKm=200").json().get("items").size();
        assertThat(far).isGreaterThanOrEqualTo(near).isPositive();
        String link = api.dataset.links().get(0).id();
        TestServer.Reply ofLink = api.get("/api/near?layer=projects&withinKm=200&of=" + link);
        assertThat(ofLink.status()).isEqualTo(200);
        assertThat(list(ofLink.json().get("items"))).allMatch(i -> i.get("nearest_link").asText().equals(link));
        assertThat(ofLink.json().get("items").size())
                .isEqualTo(new Proximity(api.dataset).near(NearLayer.PROJECTS, 200, List.of(link)).size());
    }

    @Test
    void badNearRequestsAre400WithTheParameter() {
        assertBadRequest(api.get("/api/near?withinKm=50"), "layer", "required");
        assertBadRequest(api.get("/api/near?layer=volcanoes&withinKm=50"), "layer", "minerals");
        assertBadRequest(api.get("/api/near?layer=minerals"), "withinKm", "required");
        assertBadRequest(api.get("/api/near?layer=minerals&withinKm=far"), "withinKm", "not a distance");
        assertBadRequest(api.get("/api/near?layer=minerals&withinKm=-5"), "withinKm", "between 0");
        assertBadRequest(api.get("/api/near?layer=minerals&withinKm=50&of=no-such-link"), "of", "no-such-link");
    }

    @Test
    void theProjectSummaryTakesTheTableFilters() {
        JsonNode all = api.get("/api/project-summary?by=status").json();
        JsonNode energy = api.get("/api/project-summary?by=status&sector=energy").json();
        long energyProjects = api.dataset.projects().stream().filter(p -> p.sector() == Sector.ENERGY).count();
        assertThat(energy.get("total").get("projects").asLong()).isEqualTo(energyProjects).isPositive();
        assertThat(energy.get("total").get("projects").asLong()).isLessThan(all.get("total").get("projects").asLong());
        int listed = api.get("/api/projects?sector=energy").json().get("features").size();
        assertThat(listed).isEqualTo((int) energyProjects);
        assertBadRequest(api.get("/api/project-summary?sector=fishing"), "sector", "energy");
        assertBadRequest(api.get("/api/project-summary?phase=3"), "phase", "1 or 2.0");
    }

    @Test
    void theNewEndpointsAreDocumented() {
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertThat(paths.has("/api/check-claim")).isTrue();
        assertThat(paths.has("/api/near")).isTrue();
        List<String> summaryParameters = list(paths.get("/api/project-summary").get("get").get("parameters")).stream()
                .map(p -> p.get("name").asText()).toList();
        assertThat(summaryParameters).contains("by", "phase", "pillar", "sector", "status");
    }
}
