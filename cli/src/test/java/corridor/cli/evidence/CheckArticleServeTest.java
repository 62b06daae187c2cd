package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.testing.ServeProcess;
import corridor.evidence.check.ClaimChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/check-article} against {@code corridor serve} in a child JVM with the heap
 * {@code bin/corridor serve} gives it (issue 21: three articles of 16,000 figures without a full stop
 * in parallel ended in {@code OutOfMemoryError: Java heap space}, answered by empty 500s). Lives in
 * cli because this is where the server runs as a process.
 */
class CheckArticleServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The Java options {@code bin/corridor} gives {@code serve}, read from the script so that the two cannot drift. */
    static List<String> serveJavaOptions() throws IOException {
        String script = Files.readString(Path.of("..", "bin", "corridor"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("CORRIDOR_JAVA_OPTS=\"([^\"]+)\"").matcher(script);
        assertThat(m.find()).as("bin/corridor sets the serve options").isTrue();
        List<String> options = Arrays.asList(m.group(1).trim().split("\\s+"));
        assertThat(options).anyMatch(o -> o.startsWith("-Xmx"));
        return options;
    }

    private record Timed(ServeProcess.Reply reply, long millis) {
    }

    /** {@code bodies} posted at once, each on its own thread. */
    private static List<Timed> inParallel(ServeProcess server, List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Timed>> replies = new ArrayList<>();
            for (String body : bodies) {
                Callable<Timed> post = () -> {
                    long started = System.nanoTime();
                    ServeProcess.Reply reply = server.post("/api/check-article", body);
                    return new Timed(reply, (System.nanoTime() - started) / 1_000_000);
                };
                replies.add(pool.submit(post));
            }
            List<Timed> done = new ArrayList<>();
            for (Future<Timed> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void threeArticlesOfSixteenThousandFiguresAtOnceAreAnsweredQuicklyAndTheHeapHolds() throws Exception {
        String sixteenThousand = JSON.writeValueAsString(Map.of("text", "12 projects ".repeat(16_000)));
        assertThat(sixteenThousand.length()).isGreaterThan(190_000);
        // at the bound: as many figures as are checked, each an amount with its values and sources, in ~190 KB
        String filler = "As the talks in Beijing went on for a long while, ".repeat(14);
        StringBuilder atTheBound = new StringBuilder();
        for (int i = 0; i < ClaimChecker.MAX_FIGURES; i++) {
            atTheBound.append(filler).append("bilateral trade reached US$").append(20 + i % 10).append(".1 billion in ")
                    .append(2015 + i % 10).append(". ");
        }
        String boundBody = JSON.writeValueAsString(Map.of("text", atTheBound.toString()));
        assertThat(boundBody.length()).isBetween(150_000, 200_000);
        try (ServeProcess server = ServeProcess.startWith(dir, serveJavaOptions(), "--db",
                dir.resolve("store").toString())) {
            // one ordinary article first, as a server that has served before: the timing below is not class loading
            assertThat(server.post("/api/check-article", JSON.writeValueAsString(Map.of("text",
                    "The Tashkurgan-Khunjerab road is 146 km long."))).status()).isEqualTo(200);
            for (Timed t : inParallel(server, List.of(sixteenThousand, sixteenThousand, sixteenThousand))) {
                assertThat(t.reply().status()).as(t.reply().body()).isEqualTo(422);
                JsonNode error = JSON.readTree(t.reply().body());
                assertThat(error.get("error").asText()).isEqualTo("too_many_figures");
                assertThat(error.get("message").asText()).contains("limit figures = " + ClaimChecker.MAX_FIGURES);
                // generous for a shared machine: the reader stops after the bound, a few thousand characters in
                assertThat(t.millis()).as("answered in %d ms", t.millis()).isLessThan(2_000);
            }
            for (Timed t : inParallel(server, List.of(boundBody, boundBody, boundBody))) {
                assertThat(t.reply().status()).as(t.reply().body()).isEqualTo(200);
                JsonNode answer = JSON.readTree(t.reply().body());
                assertThat(answer.get("figures")).hasSize(ClaimChecker.MAX_FIGURES);
                assertThat(answer.get("sentences")).hasSize(ClaimChecker.MAX_FIGURES);
                // each sentence's excerpt is cut around its figure: the answer is the text plus bounded parts
                assertThat(t.reply().body().length()).as("answer size").isLessThan(8_000_000);
            }
            assertThat(server.get("/api/health").status()).isEqualTo(200);
            assertThat(server.output()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        }
    }
}
