package corridor.evidence;

import corridor.model.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClaimParserTest {

    @Test
    void tradeSentenceGivesAValueAndAChange() {
        List<Claim> claims = ClaimParser.parse("According to data from the General Administration of Customs of "
                + "China, the total bilateral trade in goods between China and Pakistan reached $23.1 billion in "
                + "2024, an increase of 11.1 percent from the previous year.");
        assertThat(claims).hasSize(2);
        Claim value = claims.get(0);
        assertThat(value.kind()).isEqualTo(ClaimKind.VALUE);
        assertThat(value.measures()).containsExactly("trade.total");
        assertThat(value.value()).isCloseTo(23.1e9, within(1.0));
        assertThat(value.tolerance()).isCloseTo(0.05e9, within(1.0));
        assertThat(value.periodLabel()).isEqualTo("2024");
        Claim change = claims.get(1);
        assertThat(change.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(change.value()).isEqualTo(11.1);
        assertThat(change.tolerance()).isCloseTo(0.05, within(1e-12));
        assertThat(change.unit()).isEqualTo("percent");
    }

    @Test
    void countsOfJobsAndSmes() {
        List<Claim> claims = ClaimParser.parse("He said the CPEC created 236,000 direct jobs over the past decade, "
                + "with many more generated indirectly as more than 100 small and medium-sized enterprises "
                + "benefited in its first phase.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).measures()).containsExactly("jobs.direct");
        assertThat(claims.get(0).value()).isEqualTo(236_000);
        assertThat(claims.get(0).bound()).isEqualTo(Bound.EXACT);
        assertThat(claims.get(0).hasPeriod()).isFalse();
        assertThat(claims.get(1).measures()).containsExactly("smes.benefited");
        assertThat(claims.get(1).value()).isEqualTo(100);
        assertThat(claims.get(1).bound()).isEqualTo(Bound.MORE_THAN);
    }

    @Test
    void numberWordsAndExplorationAreas() {
        List<Claim> claims = ClaimParser.parse("Pakistan has identified eight key areas in Khyber Pakhtunkhwa for "
                + "REE exploration, spanning a 200-kilometer stretch from Mansehra to the Pakistan-Afghanistan border.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.measures()).containsExactly("minerals.ree_exploration_areas");
            assertThat(c.value()).isEqualTo(8);
            assertThat(c.tolerance()).isEqualTo(0.5);
        });
    }

    @Test
    void fiscalYearsAndFalls() {
        Claim claim = ClaimParser.parse("Pakistan's exports to China fell 5.2% in FY2023-24").get(0);
        assertThat(claim.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(claim.value()).isEqualTo(-5.2);
        assertThat(claim.periodLabel()).isEqualTo("FY2024");
        assertThat(claim.measures()).containsExactly("trade.exports.pk_to_cn");
        assertThat(ClaimParser.parse("bilateral trade was US$ 14.1 bn in FY24").get(0).periodLabel()).isEqualTo("FY2024");
        assertThat(ClaimParser.parse("about $25.4 billion of investment").get(0).bound()).isEqualTo(Bound.APPROXIMATE);
    }

    @Test
    void compactMoneyAndSeveralKindsInOneSentence() {
        List<Claim> claims = ClaimParser.parse("Over the past 11 years, CPEC has brought US$25.4bn direct investment "
                + "and 236,000 jobs");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).measures()).containsExactly("investment.direct");
        assertThat(claims.get(0).value()).isCloseTo(25.4e9, within(1.0));
        assertThat(claims.get(0).figureText()).isEqualTo("US$25.4bn");
        assertThat(claims.get(1).measures()).containsExactly("jobs.total", "jobs.direct", "jobs.pakistani");
    }

    @Test
    void textWithoutASupportedClaimIsAnInputError() {
        assertThatThrownBy(() -> ClaimParser.parse("CPEC is a flagship project"))
                .isInstanceOf(InputException.class).hasMessageContaining("no quantitative claim");
        assertThatThrownBy(() -> ClaimParser.parse("  ")).isInstanceOf(InputException.class);
        // a money figure with nothing saying what it measures is not a supported claim
        assertThatThrownBy(() -> ClaimParser.parse("it cost $2 billion")).isInstanceOf(InputException.class);
    }
}
