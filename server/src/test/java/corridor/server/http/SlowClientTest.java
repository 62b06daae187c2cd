package corridor.server.http;

import corridor.server.testing.RawHttp;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send slowly cannot stop the server: a write without the token is refused before its
 * body is read, a body that trickles in is cut off, and meanwhile every other request is answered.
 * Asserts what arrives, never how fast (the machine may be loaded); every loop is bounded.
 */
class SlowClientTest {

    /** More slow clients than the server has threads. */
    private static final int SLOW_CLIENTS = 24;

    @TempDir
    Path dir;

    @Test
    void unauthenticatedSlowUploadsAreRefusedUnreadAndOthersAreServed() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
            try {
                List<Future<RawHttp.Response>> slow = new ArrayList<>();
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(pool.submit(() -> trickle(api.server.port(), null, 50)));
                }
                assertOthersAreServed(api);
                for (Future<RawHttp.Response> answer : slow) {
                    RawHttp.Response response = answer.get(120, TimeUnit.SECONDS);
                    assertThat(response.status()).isEqualTo(401);
                    assertThat(response.body()).contains("unauthorized");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBodyThatTricklesInIsCutOffAndOthersAreServed() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
            try {
                List<Future<RawHttp.Response>> slow = new ArrayList<>();
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(pool.submit(() -> trickle(api.server.port(), TestServer.TOKEN, 600)));
                }
                assertOthersAreServed(api);
                for (Future<RawHttp.Response> answer : slow) {
                    RawHttp.Response response = answer.get(180, TimeUnit.SECONDS);
                    assertThat(response.status()).as(response.headers() + response.body()).isEqualTo(408);
                    assertThat(response.header("Content-Type")).startsWith("application/json");
                }
                assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Health and a route, several times, each answered while the slow clients are connected. */
    private static void assertOthersAreServed(TestServer api) {
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/route?from=Kashgar&to=Gwadar&date=2025-07-01").status()).isEqualTo(200);
        }
    }

    /**
     * Announces a 1 MB upload and sends it a byte every 100 ms, for at most {@code maxBytes} bytes
     * or until the server answers; returns the answer.
     */
    private static RawHttp.Response trickle(int port, String token, int maxBytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/dataset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: 1000000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < maxBytes && socket.getInputStream().available() == 0; i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break; // the server has answered and closed; read its answer below
                }
                sleep(100);
            }
            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            if (token == null) {
                // The refused body was never read: the server has closed the connection behind its answer.
                assertThat(closed(socket)).as("connection closed after the 401").isTrue();
            }
            return response;
        }
    }

    private static boolean closed(Socket socket) {
        try {
            return socket.getInputStream().read() < 0;
        } catch (IOException reset) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
