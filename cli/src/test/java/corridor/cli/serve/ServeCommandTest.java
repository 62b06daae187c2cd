package corridor.cli.serve;

import corridor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code corridor serve} as a person runs it: starts, prints the address, serves, stops; restarts reuse the store. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("the observatory is at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final String TOKEN = "a-token-of-twenty-chars";

    @TempDir
    Path dir;

    /** A running {@code corridor serve} in a thread of this JVM. */
    private static final class Running {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            thread = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)));
            thread.start();
        }

        String address() throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                Matcher m = ADDRESS.matcher(out.toString());
                if (m.find()) {
                    return m.group(1);
                }
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no address printed; out: " + out + " err: " + err);
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
            return exit.get();
        }
    }

    private static int status(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    @Test
    void servesPrintsTheAddressAndReusesTheStoreAfterARestart() throws Exception {
        String db = dir.resolve("store").toString();
        Running first = new Running("serve", "--port", "0", "--db", db, "--token", TOKEN);
        String address = first.address();
        assertThat(status(address + "api/health")).isEqualTo(200);
        assertThat(status(address + "api/route?from=Kashgar&to=Gwadar&date=2025-07-01")).isEqualTo(200);
        assertThat(first.out.toString()).contains("loaded").doesNotContain("write token");
        assertThat(first.stop()).isZero();
        assertThatThrownBy(() -> status(address + "api/health")).isInstanceOf(ConnectException.class);

        Running second = new Running("serve", "--port", "0", "--db", db);
        String again = second.address();
        assertThat(status(again + "api/places")).isEqualTo(200);
        assertThat(second.out.toString()).contains("up to date").containsPattern("write token for uploads: [0-9a-f]{32}");
        assertThat(second.stop()).isZero();
    }

    @Test
    void servesFromPostGisWhenGivenAPostgresUrl() throws Exception {
        String url = System.getenv().getOrDefault("CORRIDOR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/corridor");
        String user = System.getenv().getOrDefault("CORRIDOR_PG_USER", "corridor");
        String password = System.getenv().getOrDefault("CORRIDOR_PG_PASSWORD", "corridor");
        String schema = "serve_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, password);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (java.sql.SQLException e) {
            String why = "PostgreSQL is not reachable at " + url + " (" + e.getMessage() + "); run .ci/postgres.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why, e);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        try {
            String db = url + (url.contains("?") ? "&" : "?") + "user=" + user + "&password=" + password
                    + "&currentSchema=" + schema + ",public";
            Running serve = new Running("serve", "--port", "0", "--db", db, "--token", TOKEN);
            String address = serve.address();
            assertThat(status(address + "api/places")).isEqualTo(200);
            assertThat(serve.out.toString()).contains("jdbc:postgresql://", "loaded").doesNotContain(password + "&");
            assertThat(serve.stop()).isZero();
        } finally {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, password);
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Running serve = new Running("serve", "--port", String.valueOf(taken.getLocalPort()), "--db",
                    dir.resolve("store").toString(), "--token", TOKEN);
            serve.thread.join(60_000);
            assertThat(serve.exit.get()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(serve.err.toString()).contains("--port", "in use", "--port 0");
        }
    }

    @Test
    void aShortTokenIsRefused() throws Exception {
        Running serve = new Running("serve", "--port", "0", "--db", dir.resolve("store").toString(), "--token", "short");
        serve.thread.join(60_000);
        assertThat(serve.exit.get()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(serve.err.toString()).contains("--token", "16 characters");
    }

    private static String body(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void servesAMonitoringStateWrittenByMonitorIngest() throws Exception {
        Path sim = dir.resolve("sim");
        Path state = dir.resolve("monitor-state.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulate-fleet", "--trucks", "2",
                "--days", "6", "--seed", "5", "--out", sim.toString())).as(err.toString()).isZero();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "monitor", "ingest",
                sim.resolve("pings.csv").toString(), "--state", state.toString(), "--now", "2026-01-01T00:00:00Z"))
                .as(err.toString()).isZero();

        Running serve = new Running("serve", "--port", "0", "--db", dir.resolve("store").toString(), "--token", TOKEN,
                "--monitor-state", state.toString());
        String address = serve.address();
        String indicators = body(address + "api/monitor/indicators");
        assertThat(indicators).contains("\"loaded\":true", "monitor-state.json");
        assertThat(body(address + "api/monitor/links.geojson")).contains("LineString", "swd_kmh");
        assertThat(serve.out.toString()).contains("monitoring state", "pings");
        assertThat(serve.stop()).isZero();
    }

    @Test
    void aMissingMonitoringStateIsRefusedBeforeServing() throws Exception {
        Running serve = new Running("serve", "--port", "0", "--db", dir.resolve("store").toString(), "--token", TOKEN,
                "--monitor-state", dir.resolve("nothing.json").toString());
        serve.thread.join(60_000);
        assertThat(serve.exit.get()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(serve.err.toString()).contains("nothing.json", "monitor ingest");
    }
}
