package corridor.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.Subject;
import corridor.monitor.state.StateJson;
import corridor.server.ServerOptions;
import corridor.server.testing.SimulatedFleet;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring endpoints over real HTTP, with a state from the fleet simulator and posted pings. */
class MonitorApiTest {

    private static final String HEADER = "vehicle_id,timestamp,latitude,longitude,speed_kmh\n";
    private static final String NOW = "now=2025-12-31T00:00:00Z";

    private TestServer api;

    @BeforeEach
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private TestServer.Reply postCsv(String query, String csv, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/monitor/pings" + query))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    @Test
    void withoutAStateTheIndicatorsSayHowToLoadOne() {
        JsonNode body = api.get("/api/monitor/indicators").json();
        assertThat(body.get("loaded").asBoolean()).isFalse();
        assertThat(body.get("how_to_load").asText()).contains("simulate-fleet", "monitor ingest", "--monitor-state");
        assertThat(body.get("indicators").size()).isZero();
        // the table of definitions comes all the same: the page names the figures from it
        assertThat(body.get("definitions").size()).isEqualTo(IndicatorDefinition.values().length);
        TestServer.Reply geo = api.get("/api/monitor/links.geojson");
        assertThat(geo.contentType()).startsWith("application/geo+json");
        assertThat(geo.json().get("features").size()).isZero();
    }

    @Test
    void theSimulatedMonthIsServedApartFromTheStateAndStoredOnce(@TempDir Path var) throws java.io.IOException {
        api.server.storeSimulatedMonthIn(var.resolve("simulated-month.json"));
        JsonNode body = api.get("/api/monitor/indicators?source=simulated&subject=corridor_section").json();
        assertThat(body.get("simulated").asBoolean()).isTrue();
        assertThat(body.get("source").asText()).isEqualTo("simulated");
        assertThat(body.get("origin").asText()).contains("simulated", "not observations");
        assertThat(body.get("months")).extracting(JsonNode::asText).containsExactly("2025-05");
        assertThat(list(body.get("indicators"))).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("subject").asText()).isEqualTo("corridor_section");
            assertThat(i.get("p95_hours").isNumber()).isTrue();
            assertThat(i.get("buffer_index").isNumber()).isTrue();
        });
        assertThat(list(body.get("indicators"))).anySatisfy(i -> assertThat(i.get("name").asText())
                .isEqualTo("Khunjerab–Islamabad (KKH and M-1)"));
        List<Path> files;
        try (var listing = java.nio.file.Files.list(var)) {
            files = listing.toList();
        }
        // named with the dataset's content hash, so that a changed dataset gets a month of its own
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .matches("simulated-month-[0-9a-f]{12}\\.json"));
        Path file = files.get(0);
        String stored = java.nio.file.Files.readString(file);
        // stored once: the same month is served again, and the file is not rewritten
        assertThat(api.get("/api/monitor/indicators?source=simulated").json().get("trips").asLong())
                .isEqualTo(StateJson.read(new java.io.StringReader(stored), "stored").trips());
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(stored);
        assertThat(api.get("/api/monitor/links.geojson?source=simulated").json().get("features").size()).isPositive();
        // never mixed into the real state
        JsonNode real = api.get("/api/monitor/indicators").json();
        assertThat(real.get("loaded").asBoolean()).isFalse();
        assertThat(real.get("simulated").asBoolean()).isFalse();
        TestServer.Reply bad = api.get("/api/monitor/indicators?source=guess");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("source", "state or simulated");
    }

    @Test
    void aLoadedStateIsServedAsIndicatorsAndColouredLinks() {
        Aggregates state = SimulatedFleet.ingest(api.dataset, SimulatedFleet.pingsCsv(api.dataset, 6, 40, 1));
        api.server.loadMonitorState(state, "simulated.json");

        JsonNode body = api.get("/api/monitor/indicators").json();
        assertThat(body.get("loaded").asBoolean()).isTrue();
        assertThat(body.get("origin").asText()).isEqualTo("simulated.json");
        assertThat(body.get("accepted_pings").asLong()).isEqualTo(state.acceptedPings());
        assertThat(list(body.get("months")).stream().map(JsonNode::asText)).contains("2025-05");
        assertThat(body.get("indicators").size()).isEqualTo(Indicator.of(state, null, null, null).size());

        JsonNode border = api.get("/api/monitor/indicators?subject=border_crossing&month=2025-05").json();
        List<JsonNode> crossings = list(border.get("indicators"));
        assertThat(crossings).isNotEmpty().allMatch(i -> i.get("subject").asText().equals("border_crossing")
                && i.get("month").asText().equals("2025-05"));
        // whichever crossings the seeded fleet drove through (the network decides which): each as the engine has it
        for (JsonNode crossing : crossings) {
            String id = crossing.get("id").asText();
            Indicator expected = Indicator.of(state, Subject.BORDER_CROSSING, id, "2025-05").get(0);
            assertThat(crossing.get("mean_hours").asDouble()).as(id).isEqualTo(expected.meanHours());
            assertThat(crossing.get("name").asText()).isEqualTo(api.dataset.place(id).orElseThrow().name());
        }

        TestServer.Reply geo = api.get("/api/monitor/links.geojson");
        List<JsonNode> lines = list(geo.json().get("features")).stream()
                .filter(f -> f.get("geometry").get("type").asText().equals("LineString")).toList();
        assertThat(lines).isNotEmpty().allMatch(f -> f.get("properties").has("swd_kmh"));
        assertThat(lines.size()).isEqualTo(Indicator.of(state, Subject.LINK, null, null).stream()
                .map(i -> i.key().id()).distinct().count());
        assertThat(api.get("/api/monitor/links.geojson?month=2025-06").json().get("features").size())
                .isLessThan(geo.json().get("features").size());
    }

    @Test
    void pingsPostedWithTheTokenAddToTheServedState() {
        String csv = SimulatedFleet.pingsCsv(api.dataset, 2, 6, 11);
        assertThat(csv.length()).isLessThan((int) ServerOptions.DEFAULT_MAX_BODY_BYTES);
        String withBadLines = csv + "truck-x,not-a-time,30,70,10\ntruck-x,2025-05-02T00:00:00Z,95,70,10\n";

        // Bodies above 64 KiB without the token are refused unread (the connection closes): send a small one.
        String small = withBadLines.substring(0, 4096);
        assertThat(postCsv("?" + NOW, small, null).status()).isEqualTo(401);
        assertThat(postCsv("?" + NOW, small, "wrong-token-0123456789").status()).isEqualTo(401);
        assertThat(api.get("/api/monitor/indicators").json().get("loaded").asBoolean()).isFalse();

        TestServer.Reply reply = postCsv("?" + NOW, withBadLines, TestServer.TOKEN);
        assertThat(reply.status()).isEqualTo(200);
        Aggregates expected = SimulatedFleet.ingest(api.dataset, csv);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(expected.acceptedPings());
        assertThat(reply.json().get("rejected").asLong()).isEqualTo(2);
        assertThat(reply.json().get("rejected_by_reason").get("unparseable").asLong()).isEqualTo(1);
        assertThat(reply.json().get("rejected_by_reason").get("impossible_coordinates").asLong()).isEqualTo(1);
        List<JsonNode> rejections = list(reply.json().get("rejections"));
        long lines = csv.lines().count();
        assertThat(rejections.stream().map(r -> r.get("line").asLong())).containsExactlyInAnyOrder(lines + 1, lines + 2);

        JsonNode served = api.get("/api/monitor/indicators").json();
        assertThat(served.get("loaded").asBoolean()).isTrue();
        assertThat(served.get("trips").asLong()).isEqualTo(expected.trips());
        assertThat(served.get("indicators").size()).isEqualTo(Indicator.of(expected, null, null, null).size());

        // A second post merges: the counts add up.
        TestServer.Reply again = postCsv("?" + NOW, csv.replace("truck-", "second-"), TestServer.TOKEN);
        assertThat(again.json().get("served_accepted_pings").asLong()).isEqualTo(2 * expected.acceptedPings());
    }

    @Test
    void badPingBodiesAre400WithReasonsAndChangeNothing() {
        TestServer.Reply wrongHeader = postCsv("", "car,when,x,y\na,b,c,d\n", TestServer.TOKEN);
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.json().get("message").asText()).isNotBlank();
        assertThat(wrongHeader.body()).doesNotContain("Exception");

        TestServer.Reply empty = postCsv("", "", TestServer.TOKEN);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("empty");

        TestServer.Reply allBad = postCsv("", HEADER + "t1,yesterday,30,70,10\nt1,2025-05-01T00:00:00Z,30,700,10\n",
                TestServer.TOKEN);
        assertThat(allBad.status()).isEqualTo(400);
        assertThat(allBad.json().get("accepted").asLong()).isZero();
        assertThat(allBad.json().get("rejected").asLong()).isEqualTo(2);
        assertThat(list(allBad.json().get("rejections")).stream().map(r -> r.get("line").asLong())).containsExactly(2L, 3L);

        String oneBad = HEADER + "t1,2025-05-01T00:00:00Z,30,70,10\nt1,2025-05-01T00:01:00+00:00,30,700,10\n";
        TestServer.Reply strict = postCsv("?strict=true&" + NOW, oneBad, TestServer.TOKEN);
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.json().get("message").asText()).contains("strict");

        TestServer.Reply future = postCsv("?now=2025-01-01T00:00:00Z", HEADER + "t1,2025-05-01T00:00:00Z,30,70,10\n",
                TestServer.TOKEN);
        assertThat(future.json().get("rejected_by_reason").get("future_timestamp").asLong()).isEqualTo(1);

        assertThat(postCsv("?now=tomorrow", oneBad, TestServer.TOKEN).json().get("parameter").asText()).isEqualTo("now");
        assertThat(api.get("/api/monitor/indicators").json().get("loaded").asBoolean()).isFalse();
    }

    @Test
    void tooLargeBodiesAre413() {
        String huge = HEADER + "x".repeat((int) ServerOptions.DEFAULT_MAX_BODY_BYTES + 10);
        TestServer.Reply reply = postCsv("", huge, TestServer.TOKEN);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(api.get("/api/monitor/indicators").json().get("loaded").asBoolean()).isFalse();
    }

    @Test
    void badParametersAre400() {
        TestServer.Reply month = api.get("/api/monitor/indicators?month=May");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.json().get("parameter").asText()).isEqualTo("month");
        TestServer.Reply subject = api.get("/api/monitor/indicators?subject=harbour");
        assertThat(subject.status()).isEqualTo(400);
        assertThat(subject.json().get("message").asText()).contains("border_crossing");
        assertThat(api.get("/api/monitor/links.geojson?month=2025-13").status()).isEqualTo(400);
    }

    @Test
    void theMonitorEndpointsAreDocumentedWithTheTokenOnTheWrite() {
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertThat(paths.has("/api/monitor/indicators")).isTrue();
        assertThat(paths.has("/api/monitor/links.geojson")).isTrue();
        assertThat(paths.get("/api/monitor/pings").get("post").get("security")).isNotEmpty();
    }

    /** openapi.json describes every figure of an indicator row as the indicator table defines it, and nothing else. */
    @Test
    void theApiDescriptionOfAnIndicatorRowIsTheIndicatorTable() {
        JsonNode answer = api.get("/openapi.json").json().at("/paths/~1api~1monitor~1indicators/get/responses/200/content"
                + "/application~1json/schema/properties");
        JsonNode row = answer.at("/indicators/items/properties");
        List<String> described = new ArrayList<>();
        row.fieldNames().forEachRemaining(described::add);
        List<String> expected = new ArrayList<>(List.of("subject", "id", "name", "month"));
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            expected.add(d.key());
            JsonNode schema = row.get(d.key());
            String type = switch (d.unit()) {
                case COUNT -> "integer";
                case MONTH -> "string";
                default -> "number";
            };
            assertThat(schema.get("type").asText()).as(d.key()).isEqualTo(type);
            assertThat(schema.path("nullable").asBoolean()).as(d.key()).isEqualTo(d.unit() != IndicatorDefinition.Unit.COUNT);
            assertThat(schema.get("description").asText()).as(d.key()).isEqualTo(d.description());
        }
        assertThat(described).containsExactlyElementsOf(expected);
        // the answer's own keys are described too, the table included
        JsonNode body = api.get("/api/monitor/indicators?source=simulated&subject=port").json();
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).allMatch(answer::has);
        assertThat(list(body.get("definitions"))).extracting(n -> n.get("key").asText())
                .containsExactlyElementsOf(expected.subList(4, expected.size()));
        assertThat(list(body.get("indicators"))).isNotEmpty().allSatisfy(i -> {
            List<String> fields = new ArrayList<>();
            i.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    @Test
    void randomBodiesAreAnsweredWith200Or400AndNeverA500() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {HEADER, "vehicle_id,timestamp,latitude,longitude\n", "t1", ",", "\n", "\"", "2025-05-01T00:00:00Z",
                "30.5", "-91", "1e400", "NaN", "\u00e9", "\r\n", ",,,,", "99999999999999999999"};
        for (int i = 0; i < 60; i++) {
            StringBuilder body = new StringBuilder(i % 2 == 0 ? HEADER : "");
            int parts = 1 + random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            TestServer.Reply reply = postCsv("?" + NOW, body.toString(), TestServer.TOKEN);
            assertThat(reply.status()).as(body.toString()).isIn(200, 400);
            assertThat(reply.json().has("message") || reply.json().has("accepted")).isTrue();
        }
    }
}
