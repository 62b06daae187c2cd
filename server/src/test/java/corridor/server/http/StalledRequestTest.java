package corridor.server.http;

import corridor.server.testing.RawHttp;
import corridor.server.testing.StallingClients;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that stop arriving cannot take the server down: 50 connections of each kind below stay
 * open at once for {@link #PRESSURE_MILLIS} (a connection the server closes is replaced a second
 * later, as an attacker would), while health and a route are asked on fresh connections, each
 * answered 200 within {@link #PROBE_MILLIS}; and the server closes every stalled connection within
 * {@link #CLOSED_WITHIN_MILLIS}. The limits are generous bounds, not performance figures (the
 * server cuts a silent body after about 5 s and unfinished headers after about 10 s).
 */
class StalledRequestTest {

    private static final int EACH = 50;
    private static final long PRESSURE_MILLIS = 15_000;
    private static final long PROBE_MILLIS = 1_000;
    private static final long CLOSED_WITHIN_MILLIS = 15_000;
    private static final String ROUTE = "/api/route?from=Kashgar&to=Gwadar&date=2025-07-01";

    @TempDir
    Path dir;

    @Test
    void stalledRequestsAreClosedWithinSecondsAndHealthAndRoutesAreAnsweredMeanwhile() throws Exception {
        try (TestServer api = new TestServer(dir)) {
            int port = api.server.port();
            List<StallingClients.Kind> kinds = kinds();
            List<String> slowProbes = new ArrayList<>();
            List<Long> probeMillis = new ArrayList<>();
            try (StallingClients stalled = new StallingClients(port, EACH, kinds)) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PRESSURE_MILLIS);
                while (System.nanoTime() < end) {
                    for (String path : List.of("/api/health", ROUTE)) {
                        long start = System.nanoTime();
                        String failure = probe(port, path);
                        probeMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                        if (failure != null) {
                            slowProbes.add(failure);
                        }
                    }
                    Thread.sleep(200);
                }
                stalled.stopReopening();
                Thread.sleep(StallingClients.REOPEN_MILLIS + 200);
                boolean allClosed = stalled.awaitAllClosed(CLOSED_WITHIN_MILLIS);
                assertThat(stalled.failure()).isNull();
                report(probeMillis, stalled.closed());

                assertThat(slowProbes).as("probes not answered 200 within %d ms, of %d", PROBE_MILLIS, probeMillis.size())
                        .isEmpty();
                assertThat(allClosed).as("every stalled connection closed by the server; still open: " + stalled.open())
                        .isTrue();
                assertClosedInTime(stalled.closed(), kinds);
            }
            // The server still reads a whole body.
            TestServer.Reply article = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/check-article"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Bilateral trade reached US$23.1 billion "
                            + "in 2024.\"}")));
            assertThat(article.status()).as(article.body()).isEqualTo(200);
        }
    }

    /** What the run saw, for bench/README.md: the probes' times and, per kind, the closings and the longest life. */
    private static void report(List<Long> probeMillis, List<StallingClients.Closed> closed) {
        List<Long> sorted = probeMillis.stream().sorted().toList();
        System.out.printf("stalled: %d probes, median %d ms, slowest %d ms%n", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        closed.stream().collect(Collectors.groupingBy(c -> c.kind().name(), TreeMap::new, Collectors.toList()))
                .forEach((kind, of) -> System.out.printf("stalled: %-48s closed %3d times (with no answer read: %s), "
                                + "open at most %5d ms%n", kind, of.size(), of.stream().filter(c -> c.status() == 0)
                                .map(c -> "after " + c.lifetimeMillis() + " ms").toList(),
                        of.stream().mapToLong(StallingClients.Closed::lifetimeMillis).max().orElse(0)));
    }

    /** Every kind was closed by the server, each connection within the bound, with the answer its kind gets. */
    private static void assertClosedInTime(List<StallingClients.Closed> closed, List<StallingClients.Kind> kinds) {
        Map<String, List<StallingClients.Closed>> byKind = closed.stream()
                .collect(Collectors.groupingBy(c -> c.kind().name()));
        for (StallingClients.Kind kind : kinds) {
            List<StallingClients.Closed> ofKind = byKind.getOrDefault(kind.name(), List.of());
            // Reopened during the pressure, then all closed: more closings than connections.
            assertThat(ofKind.size()).as(kind.name() + ": closings").isGreaterThan(EACH);
            long longestMillis = ofKind.stream().mapToLong(StallingClients.Closed::lifetimeMillis).max().orElse(0);
            assertThat(longestMillis).as(kind.name() + ": longest time open, ms").isLessThan(CLOSED_WITHIN_MILLIS);
            Map<Integer, Long> statuses = ofKind.stream()
                    .collect(Collectors.groupingBy(StallingClients.Closed::status, Collectors.counting()));
            // 401 for a large upload without the token (refused unread), else 408.
            int expected = kind.name().startsWith("silent PUT /api/dataset without token") ? 401 : 408;
            // A dripping client may write its next byte after the server answered 408 and closed: the
            // kernel then resets the connection and may drop the unread answer (status 0 here). A silent
            // client lost its answer so once too (1 of 150 "silent PUT /api/dataset with token", in CI on
            // 2026-12-08 while another JVM started on the two cores; not seen again in thirteen runs, two of
            // them with both cores kept busy; the cause not found). Either way the server closed the
            // connection in time; nine answers in ten must still be read, and every one read in JSON.
            assertThat(statuses.keySet()).as(kind.name() + ": statuses answered " + statuses + ", the first answer: "
                    + ofKind.get(0).answer()).containsAnyOf(expected).isSubsetOf(Set.of(expected, 0));
            assertThat(statuses.getOrDefault(expected, 0L)).as(kind.name() + ": answers read " + statuses)
                    .isGreaterThanOrEqualTo(ofKind.size() * 9L / 10);
            assertThat(ofKind.stream().filter(c -> c.status() != 0)).allSatisfy(c -> assertThat(c.answer()).as(kind.name())
                    .containsIgnoringCase("content-type: application/json").contains("\"error\""));
        }
    }

    private static List<StallingClients.Kind> kinds() {
        String host = "Host: 127.0.0.1\r\n";
        String token = "Authorization: Bearer " + TestServer.TOKEN + "\r\n";
        Function<String, String> mb = head -> head + host + "Content-Type: application/json\r\n"
                + "Content-Length: 1000000\r\n";
        // Below the size a refused write has read before its 401 (WriteGuard.SMALL_BODY_BYTES).
        Function<String, String> small = head -> head + host + "Content-Type: text/csv\r\nContent-Length: 60000\r\n";
        return List.of(
                new StallingClients.Kind("silent POST /api/check-article", mb.apply("POST /api/check-article HTTP/1.1\r\n")
                        + "\r\n{", false),
                new StallingClients.Kind("silent PUT /api/dataset with token", mb.apply("PUT /api/dataset HTTP/1.1\r\n")
                        + token + "\r\n{", false),
                new StallingClients.Kind("silent PUT /api/dataset without token", mb.apply("PUT /api/dataset HTTP/1.1\r\n")
                        + "\r\n{", false),
                new StallingClients.Kind("dripping POST /api/check-article", mb.apply("POST /api/check-article HTTP/1.1\r\n")
                        + "\r\n{", true),
                new StallingClients.Kind("dripping POST /api/scenarios without token",
                        small.apply("POST /api/scenarios HTTP/1.1\r\n") + "\r\nn", true),
                new StallingClients.Kind("dripping POST /api/monitor/pings without token",
                        small.apply("POST /api/monitor/pings HTTP/1.1\r\n") + "\r\nv", true),
                new StallingClients.Kind("headers silent", "GET /api/health HTTP/1.1\r\n" + host + "X-Wait: ", false),
                new StallingClients.Kind("headers dripping", "GET /api/health HTTP/1.1\r\n" + host + "X-Drip: ", true));
    }

    /** Asks {@code path} on a new connection; null when answered 200 in time, else what went wrong. */
    private static String probe(int port, String path) {
        long start = System.nanoTime();
        try {
            RawHttp.Response response = RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n", (int) PROBE_MILLIS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return response.status() == 200 && millis < PROBE_MILLIS ? null
                    : path + ": " + response.status() + " after " + millis + " ms";
        } catch (UncheckedIOException e) {
            return path + ": " + e.getCause() + " after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms";
        }
    }
}
