package corridor.server;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.server.http.Endpoint;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static corridor.server.testing.TestServer.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The API over real HTTP, on the built-in dataset: every endpoint, good and bad input, the write token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private static final String KASHGAR_TO_GWADAR = "/api/route?from=Kashgar&to=Gwadar&date=2025-07-01";

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    /** Calls {@code endpoint} at {@code pathAndQuery}, which must be a path of that endpoint. */
    private TestServer.Reply get(Endpoint endpoint, String pathAndQuery) {
        assertThat(endpoint.method()).isEqualTo("GET");
        assertThat(endpoint.matches(pathAndQuery.replaceFirst("\\?.*", ""))).as("%s is a path of %s", pathAndQuery, endpoint)
                .isTrue();
        TestServer.Reply reply = api.get(pathAndQuery);
        assertNoInternals(reply);
        return reply;
    }

    private static void assertNoInternals(TestServer.Reply reply) {
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("corridor.server.");
    }

    private static void assertBadRequest(TestServer.Reply reply, String parameter, String... phrases) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(reply.json().get("parameter").asText()).isEqualTo(parameter);
        assertThat(reply.json().get("message").asText()).contains(phrases);
    }

    private static List<JsonNode> features(TestServer.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/geo+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("FeatureCollection");
        return list(reply.json().get("features"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> features) {
        return features.stream().map(f -> f.get("properties").get("id").asText()).toList();
    }

    // ---- layers ----

    @Test
    void placesAreGeoJsonWithTheirSourcesAndPublisherTypes() {
        List<JsonNode> places = features(get(Endpoint.PLACES, "/api/places"));

        assertThat(ids(places)).containsExactlyElementsOf(api.dataset.places().stream().map(Place::id).toList());
        JsonNode kashgar = places.stream().filter(f -> f.get("properties").get("name").asText().equals("Kashgar"))
                .findFirst().orElseThrow();
        assertThat(kashgar.get("geometry").get("type").asText()).isEqualTo("Point");
        Place place = api.dataset.place(kashgar.get("id").asText()).orElseThrow();
        assertThat(kashgar.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(place.location().longitude());
        JsonNode source = kashgar.get("properties").get("sources").get(0);
        assertThat(source.get("publisher").asText()).isNotBlank();
        assertThat(source.get("publisher_type").asText()).isIn("government", "state_media", "multilateral",
                "independent_media", "company", "academic", "reference", "association");
    }

    @Test
    void placesFilterByKindAndBoundingBox() {
        List<JsonNode> seaports = features(get(Endpoint.PLACES, "/api/places?kind=seaport"));
        assertThat(seaports).isNotEmpty().allMatch(f -> f.get("properties").get("kind").asText().equals("seaport"));
        assertThat(seaports).hasSize((int) api.dataset.places().stream().filter(p -> p.kind() == PlaceKind.SEAPORT).count());

        // Pakistan's north: Gilgit-Baltistan and around; Karachi and Gwadar lie south of it.
        List<String> north = ids(features(get(Endpoint.PLACES, "/api/places?bbox=70,34,78,38")));
        List<String> expected = api.dataset.places().stream().filter(p -> p.location().longitude() >= 70
                && p.location().longitude() <= 78 && p.location().latitude() >= 34 && p.location().latitude() <= 38)
                .map(Place::id).toList();
        assertThat(north).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    @Test
    void badLayerParametersAreNamedWithWhatIsExpected() {
        assertBadRequest(get(Endpoint.PLACES, "/api/places?kind=castle"), "kind", "castle", "seaport");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?bbox=70,34,78"), "bbox", "four numbers");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?bbox=70,34,78,abc"), "bbox", "not a number");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?bbox=80,34,70,38"), "bbox", "west must not exceed east");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?bbox=70,34,200,38"), "bbox", "out of range");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?knd=seaport"), "knd", "unknown parameter", "kind");
        assertBadRequest(get(Endpoint.PLACES, "/api/places?kind=city&kind=seaport"), "kind", "given 2 times");
        assertBadRequest(get(Endpoint.LINKS, "/api/links?mode=air"), "mode", "air", "road, rail, sea, transfer");
        assertBadRequest(get(Endpoint.PROJECTS, "/api/projects?phase=3"), "phase", "1 or 2.0");
        assertBadRequest(get(Endpoint.INCIDENTS, "/api/incidents?since=yesterday"), "since", "YYYY-MM-DD");
        assertBadRequest(get(Endpoint.MINERALS, "/api/minerals?status=dug"), "status", "exploration");
        assertBadRequest(get(Endpoint.SOURCES, "/api/sources?publisher_type=blog"), "publisher_type", "state_media");
    }

    @Test
    void linksCarryGeometryModeAndStatus() {
        List<JsonNode> links = features(get(Endpoint.LINKS, "/api/links"));
        assertThat(links).hasSize(api.dataset.links().size());
        Link first = api.dataset.links().get(0);
        JsonNode feature = links.get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(feature.get("geometry").get("coordinates")).hasSize(first.geometry().points().size());
        assertThat(feature.get("properties").get("length_km").asDouble()).isCloseTo(first.lengthKm(), within(1e-9));

        List<JsonNode> rail = features(get(Endpoint.LINKS, "/api/links?mode=rail&status=existing"));
        assertThat(rail).allMatch(f -> f.get("properties").get("mode").asText().equals("rail")
                && f.get("properties").get("status").asText().equals("existing"));
    }

    @Test
    void eachLayerAnswersOneRecordByIdAnd404ForAnUnknownOne() {
        Map<Endpoint, String> layers = Map.of(Endpoint.PLACE, api.dataset.places().get(0).id(),
                Endpoint.LINK, api.dataset.links().get(0).id(), Endpoint.PROJECT, api.dataset.projects().get(0).id(),
                Endpoint.INCIDENT, api.dataset.incidents().get(0).id(), Endpoint.MINERAL, api.dataset.minerals().get(0).id());
        for (Map.Entry<Endpoint, String> layer : layers.entrySet()) {
            String collection = layer.getKey().path().replace("/{id}", "");
            TestServer.Reply one = get(layer.getKey(), collection + "/" + layer.getValue());
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().get("type").asText()).isEqualTo("Feature");
            assertThat(one.json().get("id").asText()).isEqualTo(layer.getValue());

            TestServer.Reply missing = get(layer.getKey(), collection + "/no-such-thing");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
            assertThat(missing.json().get("message").asText()).contains("no-such-thing", collection);
        }
    }

    @Test
    void projectsIncidentsAndMineralsFilter() {
        List<JsonNode> projects = features(get(Endpoint.PROJECTS, "/api/projects"));
        assertThat(projects).hasSize(api.dataset.projects().size());
        List<JsonNode> energy = features(get(Endpoint.PROJECTS, "/api/projects?sector=energy"));
        assertThat(energy).allMatch(f -> f.get("properties").get("sector").asText().equals("energy"));
        assertThat(energy.size()).isLessThan(projects.size());
        // AidData GCDF record ids travel with the project, as a list (empty when no source gives one)
        for (JsonNode f : projects) {
            JsonNode ids = f.get("properties").get("aiddata_ids");
            assertThat(ids.isArray()).isTrue();
            List<String> expected = api.dataset.project(f.get("properties").get("id").asText()).orElseThrow().aiddataIds();
            assertThat(ids).extracting(JsonNode::asText).containsExactlyElementsOf(expected);
        }
        assertThat(projects).anySatisfy(f -> assertThat(f.get("properties").get("aiddata_ids"))
                .extracting(JsonNode::asText).contains("92475"));

        List<JsonNode> incidents = features(get(Endpoint.INCIDENTS, "/api/incidents?since=2024-01-01"));
        assertThat(incidents).allMatch(f -> f.get("properties").get("date").asText().compareTo("2024-01-01") >= 0);
        List<JsonNode> all = features(get(Endpoint.INCIDENTS, "/api/incidents"));
        assertThat(all).hasSize(api.dataset.incidents().size());

        assertThat(features(get(Endpoint.MINERALS, "/api/minerals"))).hasSize(api.dataset.minerals().size());
    }

    @Test
    void sourcesAndSummary() {
        TestServer.Reply sources = get(Endpoint.SOURCES, "/api/sources");
        assertThat(sources.status()).isEqualTo(200);
        assertThat(sources.json()).hasSize(api.dataset.sources().size());
        String id = api.dataset.sources().get(0).id();
        TestServer.Reply one = get(Endpoint.SOURCE, "/api/sources/" + id);
        assertThat(one.json().get("publisher").asText()).isEqualTo(api.dataset.sources().get(0).publisher());
        assertThat(get(Endpoint.SOURCE, "/api/sources/nope").status()).isEqualTo(404);
        TestServer.Reply government = get(Endpoint.SOURCES, "/api/sources?publisher_type=government");
        assertThat(list(government.json())).allMatch(s -> s.get("publisher_type").asText().equals("government"));

        TestServer.Reply summary = get(Endpoint.SUMMARY, "/api/summary");
        assertThat(summary.json().get("records_by_layer").get("places").asInt()).isEqualTo(api.dataset.places().size());
        assertThat(summary.json().get("store").get("vendor").asText()).isEqualTo("h2gis");
    }

    // ---- routes ----

    @Test
    void kashgarToGwadarHasLegsWhoseTotalsAddUp() {
        TestServer.Reply reply = get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&cargo=1teu&objective=cost");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("found").asBoolean()).isTrue();
        JsonNode route = result.get("route");
        assertThat(route.get("from_name").asText()).isEqualTo("Kashgar");
        assertThat(route.get("to_name").asText()).isEqualTo("Gwadar");
        List<JsonNode> legs = list(route.get("legs"));
        assertThat(legs).isNotEmpty();
        double km = legs.stream().mapToDouble(l -> l.get("totals").get("distance_km").asDouble()).sum();
        double usd = legs.stream().mapToDouble(l -> l.get("totals").get("cost_usd").asDouble()).sum();
        assertThat(route.get("totals").get("distance_km").asDouble()).isCloseTo(km, within(1e-6));
        assertThat(route.get("totals").get("cost_usd").asDouble()).isCloseTo(usd, within(1e-6));
        assertThat(route.get("geojson").get("features")).hasSize(legs.size());
        assertThat(route.get("cargo").asText()).contains("TEU");
    }

    @Test
    void paretoGivesSeveralTradeOffs() {
        TestServer.Reply reply = get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&objective=pareto");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("objective").asText()).isEqualTo("pareto");
        assertThat(reply.json().get("routes")).isNotEmpty();
        reply.json().get("routes").forEach(r -> assertThat(r.get("legs")).isNotEmpty());
    }

    @Test
    void avoidingAPlaceKeepsTheRouteAwayFromIt() {
        JsonNode base = get(Endpoint.ROUTE, KASHGAR_TO_GWADAR).json().get("route");
        String passed = list(base.get("legs")).stream().filter(l -> l.get("kind").asText().equals("move"))
                .map(l -> l.get("to").asText()).filter(id -> !id.equals("gwadar")).findFirst().orElseThrow();
        TestServer.Reply avoided = get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&avoid=" + passed);
        assertThat(avoided.status()).isEqualTo(200);
        if (avoided.json().get("found").asBoolean()) {
            assertThat(list(avoided.json().get("route").get("legs"))).noneMatch(l -> passed.equals(l.path("to").asText())
                    || passed.equals(l.path("place").asText()));
        } else {
            assertThat(avoided.json().get("why_none").asText()).isNotBlank();
        }
    }

    @Test
    void badRouteRequestsSayWhatToFix() {
        assertBadRequest(get(Endpoint.ROUTE, "/api/route?to=Gwadar"), "from", "required", "such as Kashgar");
        assertBadRequest(get(Endpoint.ROUTE, "/api/route?from=Atlantis&to=Gwadar"), "from", "Atlantis");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&cargo=heavy"), "cargo", "20t or 1teu");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&objective=fun"), "objective", "fun");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&modes=road,air"), "modes", "air");
        assertBadRequest(get(Endpoint.ROUTE, "/api/route?from=Kashgar&to=Kashgar"), "to", "same place");
        assertBadRequest(get(Endpoint.ROUTE, "/api/route?from=Kashgar&to=Gwadar&date=2025-13-01"), "date", "YYYY-MM-DD");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&network=future"), "network", "existing");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&risk_ceiling=-1"), "risk_ceiling", "0 or more");
        assertBadRequest(get(Endpoint.ROUTE, KASHGAR_TO_GWADAR + "&avoid=Kashgar"), "avoid", "end of the route");
        assertBadRequest(get(Endpoint.ROUTE, "/api/route?from=" + "x".repeat(600) + "&to=Gwadar"), "from", "longer than");
    }

    @Test
    void compareShowsTheCorridorAndTheSeaRouteSideBySide() {
        TestServer.Reply reply = get(Endpoint.COMPARE, "/api/compare?from=Kashgar&to=Gwadar&date=2025-07-01");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> alternatives = list(reply.json().get("alternatives"));
        assertThat(alternatives).isNotEmpty();
        assertThat(alternatives).allMatch(a -> a.has("via") && a.get("via").has("country"));
        assertThat(alternatives.get(0).get("found").asBoolean()).isTrue();
        // routes via a seaport are the router's, and the answer says why, under route's keys
        assertThat(reply.json().get("router").asText()).isEqualTo("a*");
        assertThat(reply.json().get("router_note").asText()).contains("several modes");
        assertBadRequest(get(Endpoint.COMPARE, "/api/compare?from=Kashgar"), "to", "required");
    }

    // ---- scenarios ----

    @Test
    void aShippedScenarioRunsBeforeAndAfter() {
        TestServer.Reply list = get(Endpoint.SCENARIOS, "/api/scenarios");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list(list.json())).anyMatch(s -> s.get("id").asText().equals("close-first-link")
                && s.get("shipped").asBoolean());
        TestServer.Reply one = get(Endpoint.SCENARIO, "/api/scenarios/close-first-link");
        assertThat(one.json().get("text").asText()).contains("close: true");

        TestServer.Reply run = get(Endpoint.SCENARIO_RUN, "/api/scenarios/close-first-link/run?from=Kashgar&to=Gwadar"
                + "&date=2025-07-01");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("before").get("found").asBoolean()).isTrue();
        assertThat(run.json().get("changes")).isNotEmpty();
        assertThat(run.json().has("after")).isTrue();
        assertThat(run.json().get("router").asText()).isIn("hierarchy", "a*");
        assertThat(run.json().has("router_note")).isTrue();
        // by road, closing a link is a customization of the hierarchy the server keeps: both routes are its
        TestServer.Reply byRoad = get(Endpoint.SCENARIO_RUN, "/api/scenarios/close-first-link/run?from=Islamabad"
                + "&to=Karachi&date=2025-07-02&modes=road");
        assertThat(byRoad.json().get("router").asText()).as(byRoad.body()).isEqualTo("hierarchy");
        assertThat(byRoad.json().get("router_note").asText()).as(byRoad.body()).isEmpty();

        assertThat(get(Endpoint.SCENARIO, "/api/scenarios/nope").status()).isEqualTo(404);
        assertThat(get(Endpoint.SCENARIO_RUN, "/api/scenarios/nope/run?from=Kashgar&to=Gwadar").status())
                .isEqualTo(404);
        assertBadRequest(get(Endpoint.SCENARIO_RUN, "/api/scenarios/close-first-link/run?from=Kashgar"), "to",
                "required");
    }

    @Test
    void uploadingAScenarioNeedsTheToken() {
        String scenario = TestServer.closeLinkScenario(api.dataset.links().get(1).id()).replace("Link closed", "Mine");

        TestServer.Reply none = api.post("/api/scenarios?id=mine", scenario, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("message").asText()).contains("Authorization: Bearer");
        TestServer.Reply wrong = api.post("/api/scenarios?id=mine", scenario, "not-the-token-at-all");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(api.get("/api/scenarios/mine").status()).isEqualTo(404);

        TestServer.Reply kept = api.post("/api/scenarios?id=mine", scenario, TestServer.TOKEN);
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.json().get("name").asText()).isEqualTo("Mine");
        assertThat(list(api.get("/api/scenarios").json())).anyMatch(s -> s.get("id").asText().equals("mine")
                && !s.get("shipped").asBoolean());
        assertThat(api.get("/api/scenarios/mine/run?from=Kashgar&to=Gwadar&date=2025-07-01").status()).isEqualTo(200);
    }

    @Test
    void badUploadsAreRefusedWithTheReason() {
        String good = TestServer.closeLinkScenario(api.dataset.links().get(1).id());
        TestServer.Reply badId = api.post("/api/scenarios?id=" + encode("../../etc/passwd"), good, TestServer.TOKEN);
        assertBadRequest(badId, "id", "not a scenario id");
        TestServer.Reply shipped = api.post("/api/scenarios?id=close-first-link", good, TestServer.TOKEN);
        assertBadRequest(shipped, "id", "shipped");
        TestServer.Reply noId = api.post("/api/scenarios", good, TestServer.TOKEN);
        assertBadRequest(noId, "id", "required");

        TestServer.Reply notYaml = api.post("/api/scenarios?id=x", "name: [unclosed", TestServer.TOKEN);
        assertThat(notYaml.status()).isEqualTo(400);
        assertThat(notYaml.json().get("message").asText()).contains("request body");
        TestServer.Reply unknownLink = api.post("/api/scenarios?id=x", TestServer.closeLinkScenario("no-such-link"),
                TestServer.TOKEN);
        assertThat(unknownLink.status()).isEqualTo(400);
        assertThat(unknownLink.json().get("message").asText()).contains("no-such-link");
        TestServer.Reply empty = api.post("/api/scenarios?id=x", "", TestServer.TOKEN);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(api.get("/api/scenarios/x").status()).isEqualTo(404);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String huge = "name: big\ndescription: " + "x".repeat((int) ServerOptions.DEFAULT_MAX_BODY_BYTES + 10) + "\n";
        TestServer.Reply reply = api.post("/api/scenarios?id=big", huge, TestServer.TOKEN);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("body_too_large");
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    // ---- evidence ----

    @Test
    void indicatorsComeAsSeriesPerReporter() {
        TestServer.Reply reply = get(Endpoint.INDICATORS, "/api/indicators?measure=trade");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> series = list(reply.json().get("series"));
        assertThat(series).isNotEmpty().allMatch(s -> s.get("measure").asText().startsWith("trade"));
        Set<String> keys = new HashSet<>();
        for (JsonNode one : series) {
            assertThat(keys.add(one.get("subject").asText() + "|" + one.get("measure").asText() + "|"
                    + one.get("reporter").asText())).isTrue();
            one.get("values").forEach(v -> assertThat(v.get("sources")).isNotEmpty());
        }
        assertBadRequest(get(Endpoint.INDICATORS, "/api/indicators?metric=trade"), "metric", "unknown parameter");
    }

    @Test
    void indicatorsSetTwoReportersOfOneFlowSideBySide() {
        TestServer.Reply reply = get(Endpoint.INDICATORS, "/api/indicators?measure=trade.exports.pk_to_cn");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> differences = list(reply.json().get("differences"));
        assertThat(differences).isNotEmpty().allMatch(d -> d.get("measure").asText().equals("trade.exports.pk_to_cn")
                && !d.get("first").get("reporter").asText().equals(d.get("second").get("reporter").asText()));
        // the same calendar year from both sides: the Pakistan Business Council against China's import statistics
        JsonNode sameYear = differences.stream().filter(d -> d.get("first").get("id").asText().equals("trade5-pbc-2013-pk-to-cn")
                && d.get("second").get("id").asText().equals("data3-wb-pk-exports-2013")).findFirst().orElseThrow();
        assertThat(sameYear.get("difference").asDouble()).isCloseTo(52e6, within(1.0));
        assertThat(sameYear.get("percent_of_first").asDouble()).isCloseTo(2.0, within(0.01));
        assertThat(sameYear.get("same_period").asBoolean()).isTrue();
        // a calendar year of China's customs against a fiscal year of the State Bank: shown, with its warning
        JsonNode mixed = differences.stream().filter(d -> d.get("first").get("id").asText().equals("trade-gacc-2021-pk-to-cn")
                && d.get("second").get("id").asText().equals("trade-pk-fy2021-pk-to-cn-sbp")).findFirst().orElseThrow();
        assertThat(mixed.get("same_period").asBoolean()).isFalse();
        assertThat(mixed.get("period_note").asText()).contains("periods differ", "FY2021");
        assertThat(mixed.get("difference").asDouble()).isCloseTo(2.04e9 - 3.58e9, within(1.0));
    }

    @Test
    void projectSummaryGroupsByPillarSectorAndStatus() {
        for (String by : List.of("pillar", "sector", "status")) {
            TestServer.Reply reply = get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=" + by);
            assertThat(reply.status()).isEqualTo(200);
            int sum = StreamSupport.stream(reply.json().get("groups").spliterator(), false)
                    .mapToInt(g -> g.get("projects").asInt()).sum();
            assertThat(sum).isEqualTo(api.dataset.projects().size());
            assertThat(reply.json().get("total").get("projects").asInt()).isEqualTo(api.dataset.projects().size());
        }
        assertBadRequest(get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=colour"), "by", "pillar");
    }

    @Test
    void projectSummaryBySectorSetsThePublishedListBesideTheDataset() {
        Map<String, JsonNode> bySector = new HashMap<>();
        get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=sector").json().get("groups")
                .forEach(g -> bySector.put(g.get("key").asText(), g));
        JsonNode social = bySector.get("social");
        JsonNode list = social.get("published_list");
        assertThat(list.get("count").asInt()).isEqualTo(27);
        assertThat(list.get("reporter").asText()).isEqualTo("Daily Pakistan");
        assertThat(list.get("period").asText()).isEqualTo("2019-12");
        assertThat(list.get("status").isNull()).isTrue();
        assertThat(list.get("sources").get(0).get("url").asText()).startsWith("https://en.dailypakistan.com.pk/");
        assertThat(social.get("gap").asInt()).isEqualTo(social.get("projects").asInt() - 27);
        // no list counts transport projects of every status: unknown (null), never zero
        assertThat(bySector.get("transport").get("published_list").isNull()).isTrue();
        assertThat(bySector.get("transport").get("gap").isNull()).isTrue();

        JsonNode transportCompleted = get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=sector&status=completed")
                .json().get("groups").findParents("key").stream()
                .filter(g -> g.get("key").asText().equals("transport")).findFirst().orElseThrow();
        assertThat(transportCompleted.get("published_list").get("count").asInt()).isEqualTo(8);
        assertThat(transportCompleted.get("published_list").get("status").asText()).isEqualTo("completed");
        assertThat(transportCompleted.get("published_list").get("reporter").asText()).isEqualTo("PK-MOF");

        JsonNode byStatus = get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=status").json();
        byStatus.get("groups").forEach(g -> assertThat(g.has("published_list")).isFalse());
        assertThat(get(Endpoint.PROJECT_SUMMARY, "/api/project-summary?by=sector&phase=1").json().get("groups"))
                .allSatisfy(g -> assertThat(g.get("published_list").isNull()).isTrue());
    }

    // ---- the server ----

    @Test
    void unknownEndpointsAnswerJson404() {
        TestServer.Reply reply = api.get("/api/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
        assertThat(reply.json().get("message").asText()).contains("/openapi.json");
    }

    @Test
    void healthAndTheObservatoryPage() {
        assertThat(get(Endpoint.HEALTH, "/api/health").json().get("status").asText()).isEqualTo("ok");
        TestServer.Reply page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/vendor/leaflet/leaflet.js").doesNotContain("https://").doesNotContain("http://");
        assertThat(api.get("/vendor/leaflet/leaflet.js").status()).isEqualTo(200);
        assertThat(api.get("/basemap/countries.geojson").status()).isEqualTo(200);
        assertThat(api.get("/vendor/leaflet/../../openapi.json").status()).isNotEqualTo(200);
    }

    @Test
    void mineralRoutesGoToChinaByEachWayOut() {
        TestServer.Reply reply = get(Endpoint.MINERAL_ROUTES, "/api/mineral-routes?mineral=reko-diq&date=2025-07-01");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode routes = reply.json().get("routes");
        long seaports = api.dataset.places().stream().filter(p -> p.kind() == corridor.model.network.PlaceKind.SEAPORT
                && p.country().equals("PK")).count();
        assertThat(routes.size()).isEqualTo(1 + (int) seaports);
        assertThat(routes.get(0).get("way_out").get("id").asText()).isEqualTo("khunjerab");
        assertThat(routes.get(0).get("to").asText()).isEqualTo("kashgar");
        for (JsonNode route : routes) {
            assertThat(route.get("found").asBoolean()).isTrue();
            assertThat(route.get("route").get("geojson").get("features").size()).isPositive();
            assertThat(route.get("cost_usd_per_tonne").asDouble()).isPositive();
        }
        assertBadRequest(get(Endpoint.MINERAL_ROUTES, "/api/mineral-routes?mineral=atlantis"), "mineral", "atlantis");
        assertBadRequest(get(Endpoint.MINERAL_ROUTES, "/api/mineral-routes"), "mineral", "required");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheEndpointList() {
        JsonNode document = get(Endpoint.OPENAPI, "/openapi.json").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode security = operation.getValue().get("security");
            documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                    + " tag " + operation.getValue().get("tags").get(0).asText()
                    + (security != null && !security.isEmpty() ? " needs the token" : ""));
        }));
        List<String> listed = Arrays.stream(Endpoint.values()).map(e -> e.method() + " " + e.path() + " tag " + e.area().tag()
                + (e.write() ? " needs the token" : "")).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(listed);
    }

    /**
     * Every endpoint of the list is registered: called with the token and no parameters it answers, at
     * worst, that the request is bad, names nothing known or cannot be done on this dataset (a match without
     * roads: 422; road tiles without roads: 404 with the reason), never that no such endpoint exists (the
     * router's 404 names /openapi.json, its 405 says the method is not allowed). The bodies are empty,
     * so the writes among them change nothing.
     */
    @Test
    void everyEndpointOfTheListIsServed() {
        for (Endpoint endpoint : Endpoint.values()) {
            String path = endpoint.path().replace("{id}", "close-first-link").replace("{z}", "14")
                    .replace("{x}", "11516").replace("{y}", "6561");
            TestServer.Reply reply = api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .method(endpoint.method(), endpoint.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("")));
            assertNoInternals(reply);
            assertThat(reply.status()).as(endpoint + " answers").isIn(200, 400, 404, 422);
            if (reply.status() == 404) {
                assertThat(reply.json().get("message").asText()).as(endpoint + " is routed").doesNotContain("/openapi.json");
            }
        }
    }
}
