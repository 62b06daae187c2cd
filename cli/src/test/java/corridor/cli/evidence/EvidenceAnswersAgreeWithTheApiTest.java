package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.cli.testing.ServeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence commands' {@code --format json} and the API's answers to the same question are one
 * document (issue 22: {@code check-claim} wrote {@code onlyOwnPublisher}, the API {@code only_own_publisher}),
 * and a bad parameter gets the same reason on both surfaces, each naming the parameter its way. The
 * server runs as {@code corridor serve} in a child JVM of this class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceAnswersAgreeWithTheApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIM = "bilateral trade reached US$23.1 billion in 2024, an increase of 11.1 percent "
            + "from the previous year, and CPEC created 236,000 direct jobs";

    private Path dir;
    private ServeProcess server;

    @BeforeAll
    void start(@TempDir Path tempDir) {
        dir = tempDir;
        server = ServeProcess.start(dir, null, "--db", dir.resolve("store").toString());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode api(String path) throws Exception {
        ServeProcess.Reply reply = server.get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static JsonNode cli(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /** Every key of {@code node} and of the objects under it, with its path ({@code claims.compared.own_publisher}). */
    private static List<String> keys(JsonNode node, String path) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                keys.add(path + name);
                keys.addAll(keys(node.get(name), path + name + "."));
            }
        } else if (node.isArray()) {
            node.forEach(item -> keys(item, path).stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        }
        return keys;
    }

    /** Same keys (all snake_case) and the same document. */
    private static void assertSameAnswer(JsonNode cli, JsonNode api) {
        List<String> keys = keys(api, "");
        assertThat(keys(cli, "")).containsExactlyElementsOf(keys);
        assertThat(keys).isNotEmpty().noneMatch(k -> k.matches(".*[a-z][A-Z].*"));
        assertThat(cli).isEqualTo(api);
    }

    @Test
    void checkClaimAnswersAsGetApiCheckClaim() throws Exception {
        JsonNode cli = cli("check-claim", "--publisher", "China Daily", "--format", "json", CLAIM);
        JsonNode api = api("/api/check-claim?text=" + encode(CLAIM) + "&publisher=" + encode("China Daily"));
        assertSameAnswer(cli, api);
        assertThat(cli.get("claims")).hasSize(3);
        assertThat(cli.get("claims").get(0).get("only_own_publisher").asBoolean()).isTrue();
        assertThat(cli.get("claims").get(2).get("compared").get(0).get("sources").get(0).has("publisher_type")).isTrue();
    }

    @Test
    void aDistanceClaimAnswersAsGetApiCheckClaimWithItsRoute() throws Exception {
        String text = "红其拉甫距塔什库尔干125公里,距巴基斯坦首都伊斯兰堡868公里。";
        JsonNode cli = cli("check-claim", "--format", "json", text);
        assertSameAnswer(cli, api("/api/check-claim?text=" + encode(text)));
        JsonNode link = cli.get("claims").get(0).get("distance");
        assertThat(link.get("checked_by").asText()).isEqualTo("published_length");
        JsonNode route = cli.get("claims").get(1).get("distance");
        assertThat(route.get("checked_by").asText()).isEqualTo("network_route");
        assertThat(route.get("route").get("places").get(0).asText()).isEqualTo("Khunjerab Pass border crossing");
        assertThat(route.get("route").get("places").get(route.get("route").get("places").size() - 1).asText())
                .isEqualTo("Islamabad");
    }

    @Test
    void checkArticleAnswersAsPostApiCheckArticle() throws Exception {
        String article = "Publisher: China Daily\nPublished: 2025-08-25\n\n" + CLAIM + " over the past decade. "
                + "The Tashkurgan–Khunjerab road is 146 km long.";
        Path file = dir.resolve("article.txt");
        Files.writeString(file, article, StandardCharsets.UTF_8);
        JsonNode cli = cli("check-article", "--publisher", "Dawn", "--format", "json", file.toString());
        ServeProcess.Reply reply = server.post("/api/check-article", JSON.writeValueAsString(Map.of("text", article,
                "publisher", "Dawn")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertSameAnswer(cli, JSON.readTree(reply.body()));
        assertThat(cli.get("figures")).hasSize(4);
    }

    @Test
    void nearAnswersAsGetApiNear() throws Exception {
        assertSameAnswer(cli("near", "--layer", "minerals", "--within", "50km", "--format", "json"),
                api("/api/near?layer=minerals&withinKm=50km"));
        String link = JSON.readTree(server.get("/api/links").body()).get("features").get(0).get("id").asText();
        assertSameAnswer(cli("near", "--layer", "incidents", "--within", "300", "--of", link, "--format", "json"),
                api("/api/near?layer=incidents&withinKm=300&of=" + link));
    }

    @Test
    void aProjectSummaryAnswersAsGetApiProjectSummary() throws Exception {
        assertSameAnswer(cli("projects", "--summary", "sector", "--status", "completed", "--format", "json"),
                api("/api/project-summary?by=sector&status=completed"));
        assertSameAnswer(cli("projects", "--summary", "pillar", "--phase", "2", "--format", "json"),
                api("/api/project-summary?by=pillar&phase=2"));
    }

    /** The reason after the parameter's name: {@code corridor: TEXT: REASON} on the command line, the API's message. */
    private static String reason(String message, String parameter) {
        int at = message.indexOf(parameter + ": ");
        assertThat(at).as(message).isNotNegative();
        return message.substring(at + parameter.length() + 2).strip();
    }

    private void assertSameRefusal(String apiPath, String apiParameter, String cliParameter, String... cliArgs)
            throws Exception {
        ServeProcess.Reply reply = server.get(apiPath);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("parameter").asText()).isEqualTo(apiParameter);
        CliRun run = CliRun.of(cliArgs);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(reason(run.err(), cliParameter)).isEqualTo(reason(error.get("message").asText(), apiParameter));
    }

    @Test
    void aBadParameterGetsTheSameReasonOnBothSurfaces() throws Exception {
        assertSameRefusal("/api/check-claim?text=" + encode("CPEC is a game changer"), "text", "TEXT",
                "check-claim", "CPEC is a game changer");
        assertSameRefusal("/api/near?layer=minerals&withinKm=far", "withinKm", "--within",
                "near", "--layer", "minerals", "--within", "far");
        assertSameRefusal("/api/near?layer=minerals&withinKm=5000", "withinKm", "--within",
                "near", "--layer", "minerals", "--within", "5000");
        assertSameRefusal("/api/near?layer=volcanoes&withinKm=5", "layer", "--layer",
                "near", "--layer", "volcanoes", "--within", "5");
        assertSameRefusal("/api/near?layer=minerals&withinKm=5&of=no-such-link", "of", "--of",
                "near", "--layer", "minerals", "--within", "5", "--of", "no-such-link");
        assertSameRefusal("/api/project-summary?phase=3", "phase", "--phase", "projects", "--summary", "sector",
                "--phase", "3");
    }
}
