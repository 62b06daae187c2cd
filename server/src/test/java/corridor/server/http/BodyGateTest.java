package corridor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.ServerOptions;
import corridor.server.testing.RawHttp;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits {@link BodyGate} puts on request bodies, over real sockets: size, a body that stops
 * arriving, a malformed chunk, the memory budget of unauthenticated bodies; and that a well-formed
 * body (also one sent after {@code Expect: 100-continue}) still arrives whole.
 */
class BodyGateTest {

    private static final long LATE_MILLIS = 15_000;

    @TempDir
    Path dir;

    @Test
    void aBodyAboveTheLimitIsRefusedBeforeAByteOfItIsSent() throws Exception {
        try (TestServer api = new TestServer(dir, 64 * 1024)) {
            try (Socket socket = open(api)) {
                send(socket, "POST /api/check-article HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + (64 * 1024 + 1) + "\r\n\r\n");
                RawHttp.Response response = RawHttp.read(socket.getInputStream());
                assertJsonError(response, 413, "body_too_large");
                assertThat(json(response).get("message").asText()).contains("65536 bytes");
            }
        }
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsCutAndAMalformedChunkIsAJson400() throws Exception {
        try (TestServer api = new TestServer(dir, 64 * 1024)) {
            try (Socket socket = open(api)) {
                String chunk = "a".repeat(16 * 1024);
                StringBuilder request = new StringBuilder("POST /api/check-article HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (int i = 0; i < 5; i++) {
                    request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
                }
                send(socket, request.toString());
                assertJsonError(RawHttp.read(socket.getInputStream()), 413, "body_too_large");
            }
            RawHttp.Response malformed = RawHttp.exchange(api.server.port(), "POST /api/check-article HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "zz\r\n{}\r\n0\r\n\r\n");
            assertJsonError(malformed, 400, "bad_request");
        }
    }

    @Test
    void aBodyThatStopsAfterComingFastIsCutOffWithinSeconds() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            try (Socket socket = open(api)) {
                long start = System.nanoTime();
                send(socket, "PUT /api/dataset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + TestServer.TOKEN + "\r\nContent-Length: 1000000\r\n\r\n{\"x\": \""
                        + " ".repeat(200_000));
                RawHttp.Response response = RawHttp.read(socket.getInputStream());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertJsonError(response, 408, "request_timeout");
                assertThat(json(response).get("message").asText()).contains("stopped arriving");
                assertThat(millis).isLessThan(LATE_MILLIS);
                assertThat(response.header("Connection")).isEqualToIgnoringCase("close");
            }
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
        }
    }

    @Test
    void unauthenticatedBodiesBeyondTheirMemoryBudgetAreRefusedUntilItIsFreed() throws Exception {
        int maxBody = 64 * 1024;
        try (TestServer api = new TestServer(dir, maxBody)) {
            List<Socket> held = new ArrayList<>();
            try {
                // Fill the budget: the largest bodies, all but their last byte sent.
                for (int i = 0; i < BodyGate.OPEN_BUDGET_BODIES; i++) {
                    Socket socket = open(api);
                    held.add(socket);
                    send(socket, articleHead(maxBody) + " ".repeat(maxBody - 1));
                }
                // Let the server read them (loopback: milliseconds; they have 5 s before the first deadline).
                Thread.sleep(1000);
                try (Socket beyond = open(api)) {
                    send(beyond, articleHead(maxBody) + " ".repeat(1000));
                    RawHttp.Response refused = RawHttp.read(beyond.getInputStream());
                    assertJsonError(refused, 503, "unavailable");
                }
                // A write with the token is not counted: it reaches the upload (and its validation).
                TestServer.Reply upload = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                        .header("Authorization", "Bearer " + TestServer.TOKEN).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("[]")));
                assertThat(upload.status()).as(upload.body()).isEqualTo(400);
                // The held bodies are cut off (408) and their bytes freed.
                for (Socket socket : held) {
                    assertJsonError(RawHttp.read(socket.getInputStream()), 408, "request_timeout");
                }
                assertThat(checkArticle(api, HttpClient.newHttpClient()).statusCode()).isEqualTo(200);
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aBodySentAfterExpectContinueArrivesWhole() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            HttpResponse<String> answer = checkArticle(api, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .build());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(answer.body()).toString()).contains("23.1");
        }
    }

    @Test
    void aClientStillSendingARefusedBodyReadsTheRefusalNotAReset() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String tooLarge = "x".repeat((int) ServerOptions.DEFAULT_MAX_BODY_BYTES + 1_000_000);
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> large = client.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/check-article"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(tooLarge)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(large.statusCode()).as(large.body()).isEqualTo(413);
                HttpResponse<String> unauthorized = client.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .PUT(HttpRequest.BodyPublishers.ofString(tooLarge)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(unauthorized.statusCode()).as(unauthorized.body()).isEqualTo(401);
            }
        }
    }

    private static HttpResponse<String> checkArticle(TestServer api, HttpClient client) throws Exception {
        char[] padding = new char[20_000];
        Arrays.fill(padding, ' ');
        String article = "{\"text\": \"Bilateral trade reached US$23.1 billion in 2024." + new String(padding) + "\"}";
        return client.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/check-article"))
                .header("Content-Type", "application/json").expectContinue(true).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String articleHead(int length) {
        return "POST /api/check-article HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }

    private static Socket open(TestServer api) throws IOException {
        Socket socket = new Socket("127.0.0.1", api.server.port());
        socket.setSoTimeout((int) LATE_MILLIS);
        return socket;
    }

    private static void send(Socket socket, String bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void assertJsonError(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.headers() + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(json(response).get("error").asText()).isEqualTo(code);
    }

    private static JsonNode json(RawHttp.Response response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
