package corridor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.server.testing.RawHttp;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random query strings against every endpoint /openapi.json lists: never a 5xx, always a JSON body.
 * Seeded: the seed is printed, and {@code -Dfuzz.seed=N} replays a run.
 */
class QueryFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 12;
    private static final String[] VALUES = {"", "%", "%zz", "%E0%A4", "%C3%28", "%00", "+999999999-12-31", "-1", "1e308",
            "NaN", "Infinity", "0", "2025-02-30", "2025-07-01", "Kashgar", "gwadar", "%F0%9F%9A%9A", "%E5%96%80%E4%BB%80",
            "a%2Cb%2C", ",,,", "-180,-90,180,90", "1,2,3", "true", "yes", "9999999999999999999999", "%27%3B--",
            "..%2F..%2Fetc", "pareto", "with_planned", "2025-13", "x".repeat(600),
            // numbers the claim reader once failed on (issue 21): a version, an address, dotted groups and dates, 400 nines
            "version%202.0.1", "ip%2010.0.0.1", "236.000.000%20jobs", "On%2025.08.2025%20trade%20reached%20US%2423.1%20billion",
            "%24" + "9".repeat(400) + "%20billion"};

    @TempDir
    Path dir;

    @Test
    void noQueryStringGetsA5xxOrANonJsonAnswer() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("QueryFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        try (TestServer api = new TestServer(dir)) {
            JsonNode spec = Json.MAPPER.readTree(api.get("/openapi.json").body());
            int requests = 0;
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                    Map.Entry<String, JsonNode> operation = operations.next();
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    List<String> names = new ArrayList<>();
                    operation.getValue().path("parameters").forEach(p -> {
                        if (p.path("in").asText().equals("query")) {
                            names.add(p.get("name").asText());
                        }
                    });
                    names.add("unknown");
                    for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                        String target = fill(path.getKey(), random) + "?" + query(names, random);
                        RawHttp.Response response = RawHttp.exchange(api.server.port(), method + " " + target
                                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        String what = "seed " + seed + ": " + method + " " + target;
                        assertThat(response.status()).as(what).isLessThan(500);
                        assertThat(response.header("Content-Type")).as(what).contains("json");
                        assertThat(Json.MAPPER.readTree(response.body())).as(what).isNotNull();
                        requests++;
                    }
                }
            }
            assertThat(requests).isGreaterThan(25 * REQUESTS_PER_OPERATION);
        }
    }

    /** The path with its {parameters} filled: a real id, or a random value. */
    private static String fill(String path, Random random) {
        String id = random.nextBoolean() ? "kashgar" : VALUES[random.nextInt(VALUES.length)].replace("%2F", "x");
        return path.replaceAll("\\{[^}]+}", id.isEmpty() ? "x" : id.length() > 100 ? "long" : id);
    }

    private static String query(List<String> names, Random random) {
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(names.get(random.nextInt(names.size()))).append('=')
                    .append(VALUES[random.nextInt(VALUES.length)]);
        }
        return query.toString();
    }
}
