package corridor.api.claim;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one writer of claim checks and article reports: snake_case keys, the figures and sources of the check. */
class ClaimAndArticleJsonTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    /** Every key of {@code node} and the objects under it. */
    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                keys.add(name);
                keys.addAll(keys(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(item -> keys.addAll(keys(item)));
        }
        return keys;
    }

    @Test
    void aClaimsAnswerHasTheRequestAndEachCheckInSnakeCase() {
        ClaimRequest request = ClaimRequest.read("CPEC created 236,000 direct jobs", "China Daily", ClaimRequest.Names.API);
        List<ClaimCheck> checks = request.check(CHECKER);
        JsonNode answer = ClaimJson.answer(request, checks);
        assertThat(answer.get("text").asText()).isEqualTo("CPEC created 236,000 direct jobs");
        assertThat(answer.get("publisher").asText()).isEqualTo("China Daily");
        JsonNode check = answer.get("claims").get(0);
        assertThat(check.get("verdict").asText()).isEqualTo("disputed");
        assertThat(check.get("kind").asText()).isEqualTo("count");
        assertThat(check.get("bound").asText()).isEqualTo("exact");
        assertThat(check.get("value").asDouble()).isEqualTo(236_000);
        assertThat(check.get("only_own_publisher").asBoolean()).isFalse();
        assertThat(check.has("other_measures")).isTrue();
        JsonNode own = check.get("compared").findValues("own_publisher").stream().filter(JsonNode::asBoolean)
                .findFirst().orElseThrow();
        assertThat(own.asBoolean()).isTrue();
        JsonNode source = check.get("compared").get(0).get("sources").get(0);
        assertThat(source.get("publisher_type").asText()).isNotBlank();
        assertThat(keys(answer)).isNotEmpty().allMatch(k -> k.matches("[a-z]+(_[a-z]+)*"), "snake_case");
    }

    @Test
    void aClaimWithoutAPublisherOrPeriodWritesNull() {
        ClaimRequest request = ClaimRequest.read("The Tashkurgan–Khunjerab road is 146 km long", null,
                ClaimRequest.Names.API);
        JsonNode answer = ClaimJson.answer(request, request.check(CHECKER));
        assertThat(answer.get("publisher").isNull()).isTrue();
        assertThat(answer.get("claims").get(0).get("period").isNull()).isTrue();
        assertThat(answer.get("claims").get(0).get("unit").asText()).isEqualTo("km");
    }

    @Test
    void anArticlesFiguresCarryTheirSentenceOffsetsAndTheChecksKeys() {
        String text = "Publisher: China Daily\nPublished: 2025-08-25\n\nBilateral trade reached $23.1 billion in 2024. "
                + "The Tashkurgan–Khunjerab road is 146 km long.";
        ArticleReport report = ArticleRequest.read("Dawn", null, ArticleRequest.Names.API)
                .check(new ArticleChecker(CHECKER), ArticleText.read(text, "text"));
        JsonNode answer = ArticleJson.report(report);
        assertThat(answer.get("publisher").asText()).isEqualTo("Dawn");
        assertThat(answer.get("published").asText()).isEqualTo("2025-08-25");
        assertThat(answer.get("read").get("sentences").asInt()).isEqualTo(2);
        assertThat(answer.get("limits").get("figures").asInt()).isEqualTo(ClaimChecker.MAX_FIGURES);
        assertThat(answer.get("counts").size()).isEqualTo(4);
        JsonNode road = answer.get("figures").get(1);
        assertThat(road.get("sentence").asInt()).isEqualTo(1);
        assertThat(answer.get("text").asText().substring(road.get("start").asInt(), road.get("end").asInt()))
                .isEqualTo("146 km");
        // the check's keys are those of check-claim
        JsonNode alone = ClaimJson.check(report.figures().get(1).check());
        alone.fieldNames().forEachRemaining(k -> assertThat(road.get(k)).as(k).isEqualTo(alone.get(k)));
        assertThat(keys(answer)).allMatch(k -> k.matches("[a-z]+(_[a-z]+)*"), "snake_case");
    }
}
