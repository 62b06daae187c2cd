package corridor.api.claim;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.evidence.check.ClaimChecker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese and Urdu claims answered as check-claim and GET /api/check-claim answer their English twins (issue 25). */
class ChineseAndUrduClaimJsonTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    private static JsonNode answer(String text) {
        ClaimRequest request = ClaimRequest.read(text, null, ClaimRequest.Names.API);
        return ClaimJson.answer(request, request.check(CHECKER));
    }

    @Test
    void theChineseClaimIsAnsweredAsItsEnglishTwin() {
        JsonNode chinese = answer("2024年中巴双边贸易额达231亿美元，同比增长11.1%").get("claims");
        JsonNode english = answer("bilateral trade reached US$23.1 billion in 2024, up 11.1%").get("claims");
        assertThat(chinese.size()).isEqualTo(2);
        assertThat(chinese.get(0).get("figure").asText()).isEqualTo("231亿美元");
        assertThat(chinese.get(0).get("value").asDouble()).isEqualTo(23.1e9);
        assertThat(chinese.get(0).get("unit").asText()).isEqualTo("USD");
        assertThat(chinese.get(1).get("figure").asText()).isEqualTo("11.1%");
        assertThat(chinese.get(1).get("kind").asText()).isEqualTo("change");
        for (int i = 0; i < 2; i++) {
            for (String key : new String[] {"verdict", "measures", "period", "value", "unit", "tolerance", "kind"}) {
                assertThat(chinese.get(i).get(key)).as(key).isEqualTo(english.get(i).get(key));
            }
        }
    }

    @Test
    void theUrduClaimIsAnsweredAsItsEnglishTwin() {
        JsonNode urdu = answer("2024 میں پاکستان اور چین کی دوطرفہ تجارت 23.1 ارب ڈالر رہی").get("claims");
        JsonNode english = answer("In 2024 bilateral trade between Pakistan and China was US$23.1 billion")
                .get("claims");
        assertThat(urdu.size()).isEqualTo(1);
        assertThat(urdu.get(0).get("figure").asText()).isEqualTo("23.1 ارب ڈالر");
        for (String key : new String[] {"verdict", "measures", "period", "value", "unit", "tolerance", "compared"}) {
            assertThat(urdu.get(0).get(key)).as(key).isEqualTo(english.get(0).get(key));
        }
    }
}
