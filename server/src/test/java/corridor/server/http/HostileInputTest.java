package corridor.server.http;

import corridor.server.dataset.DatasetApi;
import corridor.server.ShippedScenarios;
import corridor.server.testing.RawHttp;
import corridor.server.testing.TestServer;
import corridor.server.testing.Uploads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or careless client sends, answered as bad input: JSON 4xx naming the parameter,
 * never a 500, never Jetty's HTML; text always declared UTF-8; the Host header checked; the
 * method-override header ignored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private TestServer api;

    @BeforeAll
    void start(@TempDir Path dir) {
        api = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private static void assertJsonError(TestServer.Reply reply, int status, String parameter) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        assertThat(reply.json().get("error").asText()).isNotBlank();
        if (parameter != null) {
            assertThat(reply.json().get("parameter").asText()).isEqualTo(parameter);
        }
    }

    @Test
    void aMalformedPercentEscapeIsA400NamingTheParameter() {
        for (String path : new String[]{"/api/places?kind=%zz", "/api/route?from=Kashgar&to=%E0%A4", "/api/places?kind=%",
                "/api/summary?x=%C3%28", "/api/health?kind=%zz", "/api/scenarios/x/run?from=%G1"}) {
            RawHttp.Response reply = get(path);
            assertJson(reply, 400);
            assertThat(parse(reply.body()).get("error").asText()).isEqualTo("bad_request");
        }
        JsonNode kind = parse(get("/api/places?kind=%zz").body());
        assertThat(kind.get("parameter").asText()).isEqualTo("kind");
        assertThat(kind.get("message").asText()).contains("percent escape");
        assertThat(parse(get("/api/route?from=Kashgar&to=%E0%A4").body()).get("parameter").asText()).isEqualTo("to");
    }

    private RawHttp.Response get(String path) {
        return RawHttp.exchange(api.server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
    }

    /** Sentences whose numbers once crashed the claim reader (issue 21): versions, addresses, dates, long numbers. */
    private static final List<String> UNREADABLE_NUMBERS = List.of("version 2.0.1", "ip 10.0.0.1",
            "236.000.000 jobs", "On 25.08.2025 trade reached US$23.1 billion", "the server at 127.0.0.1 answered",
            "trade reached $" + "9".repeat(400) + " billion", "the road is 0." + "0".repeat(400) + "1 km long",
            "On 2025-08-25 and 08/25/2025 trade reached $23.1 billion", "trade reached $\u0662\u0663 billion");

    @Test
    void numbersTheReaderCannotReadAreAnsweredNeverWithA500() throws IOException {
        for (String sentence : UNREADABLE_NUMBERS) {
            TestServer.Reply claim = api.get("/api/check-claim?text=" + TestServer.encode(sentence));
            assertThat(claim.status()).as(sentence + ": " + claim.body()).isIn(200, 400);
            assertThat(claim.json().toString()).as(sentence).doesNotContain("Infinity", "NaN");
            TestServer.Reply article = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/check-article"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of("text", sentence)))));
            assertThat(article.status()).as(sentence + ": " + article.body()).isEqualTo(200);
            assertThat(article.json().toString()).as(sentence).doesNotContain("Infinity", "NaN");
        }
        assertThat(api.get("/api/check-claim?text=" + TestServer.encode("On 25.08.2025 trade reached US$23.1 billion"))
                .json().get("claims").get(0).get("figure").asText()).isEqualTo("US$23.1 billion");
        // a lone surrogate escaped in JSON is text too: answered, never a failure while writing the answer
        TestServer.Reply surrogate = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/check-article"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"The road is 146 km long \\ud800 and \\udfff.\"}")));
        assertThat(surrogate.status()).as(surrogate.body()).isBetween(200, 499);
    }

    @Test
    void datesOutOfRangeAreBadInputOnEveryEndpointThatTakesOne() {
        String far = "%2B999999999-12-31";
        for (String path : new String[]{"/api/route?from=Kashgar&to=Gwadar&date=" + far,
                "/api/compare?from=Kashgar&to=Jebel%20Ali&date=" + far,
                "/api/scenarios/close-first-link/run?from=Kashgar&to=Gwadar&date=" + far,
                "/api/route?from=Kashgar&to=Gwadar&date=0001-01-01",
                "/api/incidents?since=-999999999-01-01"}) {
            TestServer.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.json().get("message").asText()).as(path).contains("out of range");
        }
    }

    @Test
    void jettysOwnErrorsComeBackAsTheApisJsonErrors() {
        int port = api.server.port();
        String longUri = "/api/places?kind=" + "a".repeat(20_000);
        RawHttp.Response tooLong = RawHttp.exchange(port, "GET " + longUri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertJson(tooLong, 414);

        RawHttp.Response bigHeaders = RawHttp.exchange(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertJson(bigHeaders, 431);

        RawHttp.Response dots = RawHttp.exchange(port, "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(dots.status()).isBetween(400, 499);
        assertJson(dots, dots.status());

        RawHttp.Response ambiguous = RawHttp.exchange(port, "GET /api/places/%2F..%2Fx HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(ambiguous.status()).isBetween(400, 499);
        assertJson(ambiguous, ambiguous.status());

        RawHttp.Response nul = RawHttp.exchange(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Bad: a\u0000b\r\n"
                + "Connection: close\r\n\r\n");
        assertJson(nul, 400);
    }

    @Test
    void aMalformedHeaderIsAJson400WhateverTheMethod() {
        int port = api.server.port();
        for (String method : new String[]{"PUT", "DELETE", "PATCH", "OPTIONS", "GET", "POST"}) {
            for (String path : new String[]{"/api/dataset", "/api/scenarios/x", "/"}) {
                RawHttp.Response nul = RawHttp.exchange(port, method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "X-Bad: a\u0000b\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                assertJson(nul, 400);
                RawHttp.Response noColon = RawHttp.exchange(port, method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "NoColonHere\r\nConnection: close\r\n\r\n");
                assertJson(noColon, 400);
                assertThat(parse(noColon.body()).get("message").asText()).as(method).startsWith("the request is malformed");
            }
        }
    }

    private static void assertJson(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.headers() + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.headers()).startsWith("application/json")
                .containsIgnoringCase("charset=utf-8");
        JsonNode body = parse(response.body());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Exception");
    }

    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void everyTextResponseDeclaresUtf8() {
        for (String path : new String[]{"/", "/app.js", "/style.css", "/openapi.json", "/api/health", "/api/places",
                "/api/places/kashgar", "/api/links", "/api/monitor/links.geojson", "/api/nope",
                "/vendor/leaflet/leaflet.js"}) {
            TestServer.Reply reply = api.get(path);
            assertThat(reply.contentType()).as(path).containsIgnoringCase("charset=utf-8");
        }
    }

    @Test
    void nonAsciiNamesRoundTripAsUtf8InGeoJson(@TempDir Path other) throws Exception {
        try (TestServer fresh = new TestServer(other)) {
            ObjectNode body = Json.object();
            body.put("name", "unicode");
            ObjectNode files = body.putObject("files");
            for (String file : DatasetApi.FILES) {
                String text = Uploads.builtIn(file);
                if (file.equals("places.geojson")) {
                    text = text.replace("\"name\": \"Kashgar\"", "\"name\": \"喀什\"")
                            .replace("\"name\": \"Urumqi\"", "\"name\": \"Ürümqi\"");
                }
                if (text != null) {
                    files.put(file, text);
                }
            }
            TestServer.Reply upload = fresh.send(HttpRequest.newBuilder(URI.create(fresh.base() + "/api/dataset"))
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
            assertThat(upload.status()).as(upload.body()).isEqualTo(200);

            for (String path : new String[]{"/api/places/kashgar", "/api/places/urumqi", "/api/places"}) {
                HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(fresh.base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(raw.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/geo+json").containsIgnoringCase("charset=utf-8");
                String text = strictUtf8(raw.body());
                assertThat(text).contains(path.endsWith("urumqi") ? "Ürümqi" : "喀什");
            }
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void theBuiltInDatasetsScenariosAreListed() {
        assertThat(ShippedScenarios.builtIn()).hasSizeGreaterThanOrEqualTo(4)
                .containsKey("khunjerab-closed");
    }

    @Test
    void duplicateKeysAndInvalidUtf8InAnUploadAreRefused() {
        String duplicate = "{\"name\": \"a\", \"name\": \"b\", \"files\": {\"sources.csv\": \"x\"}}";
        TestServer.Reply dup = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(duplicate)));
        assertJsonError(dup, 400, null);
        assertThat(dup.json().get("message").asText()).contains("Duplicate field 'name'");

        byte[] invalid = "{\"name\": \"caf\u00ff\", \"files\": {}}".getBytes(StandardCharsets.ISO_8859_1);
        TestServer.Reply bad = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(invalid)));
        assertJsonError(bad, 400, null);
        assertThat(bad.json().get("message").asText()).contains("not UTF-8");

        TestServer.Reply scenario = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/scenarios?id=bytes"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray("name: caf\u00ff\n".getBytes(StandardCharsets.ISO_8859_1))));
        assertJsonError(scenario, 400, null);
        assertThat(scenario.json().get("message").asText()).contains("not UTF-8");
        assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
    }

    @Test
    void theMethodOverrideHeaderIsIgnored() {
        // POST /api/dataset does not exist; with the override honoured it would reach the upload handler.
        TestServer.Reply reply = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("X-HTTP-Method-Override", "PUT")
                .POST(HttpRequest.BodyPublishers.ofString("{\"files\": {}}")));
        assertThat(reply.status()).as(reply.body()).isIn(404, 405);
        TestServer.Reply get = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/health"))
                .header("X-HTTP-Method-Override", "DELETE").GET());
        assertThat(get.status()).isEqualTo(200);
    }

    @Test
    void aHostHeaderNamingAnotherSiteIsRefused() {
        int port = api.server.port();
        RawHttp.Response evil = RawHttp.exchange(port, "GET /api/health HTTP/1.1\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n");
        assertJson(evil, 421);
        RawHttp.Response page = RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: rebind.example\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(421);
        for (String host : new String[]{"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST"}) {
            RawHttp.Response ok = RawHttp.exchange(port, "GET /api/health HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(ok.status()).as(host).isEqualTo(200);
        }
        RequestFilter named = new RequestFilter("127.0.0.1", java.util.List.of("corridor.example.org"));
        assertThat(named.allowed("corridor.example.org:8080")).isTrue();
        assertThat(named.allowed("other.example.org")).isFalse();
    }
}
