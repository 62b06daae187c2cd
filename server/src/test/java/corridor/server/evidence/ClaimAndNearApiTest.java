package corridor.server.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.proximity.NearLayer;
import corridor.evidence.proximity.Proximity;
import corridor.model.record.Sector;
import corridor.server.http.Json;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static corridor.server.testing.TestServer.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/check-claim}, {@code POST /api/check-article}, {@code /api/near} and the filtered project summary, over real HTTP. */
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

    /** A 400 about the request body as a whole: no parameter is named. */
    private static void assertBadBody(TestServer.Reply reply, String... phrases) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(reply.json().has("parameter")).isFalse();
        assertThat(reply.json().get("message").asText()).contains(phrases);
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
    void directJobsClaimIsDisputedBetweenItsOwnPublisherAndTheIndependentFigure() {
        JsonNode claim = api.get("/api/check-claim?text=" + encode("CPEC created 236,000 direct jobs")
                + "&publisher=" + encode("China Daily")).json().get("claims").get(0);
        // China Daily's own 236,000 direct jobs against the embassy's 155,000
        assertThat(claim.get("verdict").asText()).isEqualTo("disputed");
        assertThat(claim.get("explanation").asText()).contains("Sources in the data disagree", "155,000");
        assertThat(claim.get("kind").asText()).isEqualTo("count");
    }

    @Test
    void aDistanceClaimIsCheckedAgainstTheServedNetworksRoute() throws Exception {
        JsonNode claim = api.get("/api/check-claim?text=" + encode("Gwadar to Kashgar is about 3,000 km by road"))
                .json().get("claims").get(0);
        JsonNode distance = claim.get("distance");
        assertThat(distance.get("from").asText()).isEqualTo("gwadar");
        assertThat(distance.get("to").asText()).isEqualTo("kashgar");
        assertThat(distance.get("checked_by").asText()).isEqualTo("network_route");
        double routeKm = distance.get("route").get("distance_km").asDouble();
        double share = Math.abs(3000 - routeKm) / routeKm;
        assertThat(claim.get("verdict").asText()).isEqualTo(share <= 0.10 ? "supported" : share > 0.25
                ? "contradicted" : "unverifiable");
        assertThat(list(distance.get("route").get("places"))).extracting(JsonNode::asText)
                .contains("Khunjerab Pass border crossing", "Tashkurgan");
        // in an Urdu article too, with the route in the explanation the Evidence tab shows
        String urdu = "خنجراب سے اسلام آباد کا فاصلہ 870 کلومیٹر ہے۔";
        JsonNode figure = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", urdu))).json()
                .get("figures").get(0);
        assertThat(figure.get("distance").get("checked_by").asText()).isEqualTo("network_route");
        assertThat(figure.get("explanation").asText()).contains("The network's road route is", "→ Islamabad");
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

    private TestServer.Reply article(String json) {
        return api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/check-article"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void anArticleGetsEveryFigureCheckedWithOffsetsIntoItsText() throws Exception {
        String text = "Publisher: China Daily\nPublished: 2025-08-25\n\nAccording to Chinese customs, bilateral trade "
                + "reached $23.1 billion in 2024, an increase of 11.1 percent from the previous year. He said the CPEC "
                + "created 236,000 direct jobs over the past decade. The Tashkurgan–Khunjerab road is 146 km long.";
        TestServer.Reply reply = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("publisher").asText()).isEqualTo("China Daily");
        assertThat(body.get("published").asText()).isEqualTo("2025-08-25");
        assertThat(body.get("read").get("sentences").asInt()).isEqualTo(3);
        assertThat(body.get("limits").get("figures").asInt()).isEqualTo(ClaimChecker.MAX_FIGURES);
        List<JsonNode> figures = list(body.get("figures"));
        assertThat(figures).extracting(f -> f.get("figure").asText() + "=" + f.get("verdict").asText())
                .containsExactly("$23.1 billion=unverifiable", "11.1 percent=unverifiable", "236,000=disputed",
                        "146 km=disputed");
        // each sentence once; the figures point to theirs by index
        assertThat(figures).extracting(f -> f.get("sentence").asInt()).containsExactly(0, 0, 1, 2);
        assertThat(body.get("sentences")).hasSize(3);
        String articleText = body.get("text").asText();
        for (JsonNode f : figures) {
            assertThat(articleText.substring(f.get("start").asInt(), f.get("end").asInt()))
                    .isEqualTo(f.get("figure").asText());
            JsonNode sentence = body.get("sentences").get(f.get("sentence").asInt());
            assertThat(sentence.get("cut").asBoolean()).isFalse();
            assertThat(articleText.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
                    .isEqualTo(sentence.get("excerpt").asText()).contains(f.get("figure").asText());
        }
        assertThat(body.get("counts").get("disputed").asInt()).isEqualTo(2);
        assertThat(figures.get(3).get("subjects").get(0).asText()).isEqualTo("g314-tashkurgan-khunjerab");
        // the publisher given in the body overrides the article's header
        JsonNode asDawn = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", text, "publisher", "Dawn")))
                .json();
        assertThat(asDawn.get("figures").get(0).get("verdict").asText()).isEqualTo("supported");
    }

    @Test
    void chineseAndUrduArticlesAreSplitAndCheckedEndToEnd() throws Exception {
        // sentences of the gold set (evidence/src/test/resources/chinese-urdu-claims.csv), run together as each
        // script writes them: no space after 。 or ۔
        String chinese = "根据中国海关数据,2020年中巴贸易额达到234.8亿美元,同比增长3.6%。由中国建筑股份有限公司承建的"
                + "白沙瓦至卡拉奇高速公路(木尔坦至苏库尔段)全长392公里,是中巴经济走廊最大交通基础设施项目。";
        JsonNode zh = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", chinese))).json();
        assertThat(zh.get("read").get("sentences").asInt()).isEqualTo(2);
        assertThat(list(zh.get("figures"))).extracting(f -> f.get("figure").asText() + "=" + f.get("verdict").asText()
                + "@" + f.get("sentence").asInt())
                .containsExactly("234.8亿美元=contradicted@0", "3.6%=contradicted@0", "392公里=supported@1");
        String urdu = "لاہور: سکھر سے ملتان موٹروے ایم فائیو کھول دی گئی، دونوں شہروں کے درمیان موٹروے کا سفر 392 کلو میٹر"
                + " ہے۔ساہیوال کول پاور پلانٹ 2 یونٹس پر مشتمل ہے جب کہ کول پاور پروجیکٹ 1320 میگا واٹ بجلی پیدا کرنے کی"
                + " صلاحیت کا حامل ہے۔";
        JsonNode ur = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", urdu))).json();
        assertThat(ur.get("read").get("sentences").asInt()).isEqualTo(2);
        List<JsonNode> figures = list(ur.get("figures"));
        assertThat(figures).extracting(f -> f.get("figure").asText() + "=" + f.get("verdict").asText())
                .containsExactly("392 کلو میٹر=supported", "1320 میگا واٹ=supported");
        for (JsonNode f : figures) {
            assertThat(ur.get("text").asText().substring(f.get("start").asInt(), f.get("end").asInt()))
                    .isEqualTo(f.get("figure").asText());
        }
    }

    @Test
    void aBadArticleRequestIsAJson400NamingWhatIsWrong() {
        assertBadBody(article(""), "request body", "empty");
        assertBadBody(article("{\"text\": "), "request body", "not valid JSON");
        assertBadBody(article("[1]"), "request body", "expected a JSON object");
        assertBadRequest(article("{}"), "text", "required");
        assertBadRequest(article("{\"text\": 5}"), "text", "as a string");
        assertBadRequest(article("{\"text\": \"trade\", \"lang\": \"en\"}"), "lang", "unknown field");
        assertBadRequest(article("{\"text\": \"   \"}"), "text", "the article is empty");
        assertBadRequest(article("{\"text\": \"trade\", \"published\": \"soon\"}"), "published", "not a date");
        // the server keeps serving
        assertThat(api.get("/api/check-claim?text=" + encode(TRADE_CLAIM)).status()).isEqualTo(200);
    }

    /** A 413 or 422 naming the bound exceeded and its value. */
    private static void assertOverBound(TestServer.Reply reply, int status, String error, String... phrases) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(error);
        assertThat(reply.json().get("message").asText()).contains(phrases);
    }

    @Test
    void anArticleOverABoundIsRefusedNamingTheBoundAndItsValue() throws Exception {
        String tooManyBytes = "{\"text\": \"" + "a".repeat(ClaimApi.MAX_ARTICLE_BYTES) + "\"}";
        assertOverBound(article(tooManyBytes), 413, "body_too_large", "limit bytes = " + ClaimApi.MAX_ARTICLE_BYTES);
        String tooManyCharacters = Json.MAPPER.writeValueAsString(java.util.Map.of("text",
                "The road is 146 km long. " + "a".repeat(ArticleText.MAX_CHARS)));
        assertOverBound(article(tooManyCharacters), 413, "too_many_characters", "200,025 characters",
                "limit characters = 200,000");
        String tooManyFigures = Json.MAPPER.writeValueAsString(java.util.Map.of("text",
                "12 projects ".repeat(ClaimChecker.MAX_FIGURES + 1)));
        assertOverBound(article(tooManyFigures), 422, "too_many_figures", "more than 250 figures",
                "limit figures = 250");
        // at the bound, an answer
        String atTheBound = Json.MAPPER.writeValueAsString(java.util.Map.of("text",
                "12 projects ".repeat(ClaimChecker.MAX_FIGURES)));
        assertThat(article(atTheBound).json().get("figures")).hasSize(ClaimChecker.MAX_FIGURES);
        // the page says so
        assertThat(api.get("/").body()).contains(String.format(java.util.Locale.ROOT, "%,d characters and %d figures",
                ArticleText.MAX_CHARS, ClaimChecker.MAX_FIGURES));
    }

    @Test
    void aBodyOfSixteenThousandFiguresWithoutFullStopsGetsA422Quickly() throws Exception {
        String body = Json.MAPPER.writeValueAsString(java.util.Map.of("text", "12 projects ".repeat(16_000)));
        assertThat(body.length()).isGreaterThan(190_000);
        long started = System.nanoTime();
        TestServer.Reply reply = article(body);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertOverBound(reply, 422, "too_many_figures", "limit figures = 250");
        assertThat(millis).as("answered in %d ms", millis).isLessThan(2_000);
    }

    @Test
    void aLongSentenceIsQuotedOnlyAroundItsFigures() throws Exception {
        String filler = "the corridor continues through the valley and over the pass ";
        String text = filler.repeat(50) + "with 146 km of road " + filler.repeat(50);
        JsonNode body = article(Json.MAPPER.writeValueAsString(java.util.Map.of("text", text))).json();
        JsonNode sentence = body.get("sentences").get(0);
        assertThat(sentence.get("cut").asBoolean()).isTrue();
        assertThat(sentence.get("end").asInt() - sentence.get("start").asInt()).isGreaterThan(6000);
        assertThat(sentence.get("excerpt").asText()).contains("with 146 km of road").startsWith("… ").endsWith(" …")
                .hasSizeLessThan(2 * ArticleChecker.EXCERPT_CONTEXT_CHARS + 30);
    }

    @Test
    void theNewEndpointsAreDocumented() {
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertThat(paths.has("/api/check-claim")).isTrue();
        assertThat(paths.get("/api/check-article").get("post").get("requestBody").get("content")
                .get("application/json").get("schema").get("required").get(0).asText()).isEqualTo("text");
        assertThat(paths.has("/api/near")).isTrue();
        List<String> summaryParameters = list(paths.get("/api/project-summary").get("get").get("parameters")).stream()
                .map(p -> p.get("name").asText()).toList();
        assertThat(summaryParameters).contains("by", "phase", "pillar", "sector", "status");
    }
}
