package corridor.api.claim;

import corridor.data.BuiltInDataset;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.Verdict;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One set of rules and messages for a claim or article request, each naming the parameter as its surface spells it. */
class ClaimRequestTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    @Test
    void theTextIsTrimmedAndABlankPublisherIsNone() {
        ClaimRequest request = ClaimRequest.read("  trade reached US$23.1 billion in 2024 ", "  ", ClaimRequest.Names.API);
        assertThat(request.text()).isEqualTo("trade reached US$23.1 billion in 2024");
        assertThat(request.publisher()).isNull();
        assertThat(ClaimRequest.read("x", " China Daily ", ClaimRequest.Names.API).publisher()).isEqualTo("China Daily");
    }

    @Test
    void aMissingOrBlankTextIsRequiredUnderTheSurfacesName() {
        for (String text : new String[] {null, "", " \t "}) {
            assertThatThrownBy(() -> ClaimRequest.read(text, null, ClaimRequest.Names.API))
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("text"))
                    .hasMessageContaining("required");
            assertThatThrownBy(() -> ClaimRequest.read(text, null, ClaimRequest.Names.COMMAND_LINE))
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("TEXT"))
                    .hasMessageContaining("required");
        }
    }

    @Test
    void aTextWithoutAClaimIsTheSameErrorOnBothSurfacesButForTheParametersName() {
        InputException api = error(() -> ClaimRequest.read("CPEC is a game changer", null, ClaimRequest.Names.API)
                .check(CHECKER));
        InputException cli = error(() -> ClaimRequest.read("CPEC is a game changer", null,
                ClaimRequest.Names.COMMAND_LINE).check(CHECKER));
        assertThat(api.field()).isEqualTo("text");
        assertThat(cli.field()).isEqualTo("TEXT");
        assertThat(api.reason()).isEqualTo(cli.reason()).contains("no quantitative claim found in 'CPEC is a game changer'");
    }

    @Test
    void theClaimsAreCheckedWithThePublisherGiven() {
        List<ClaimCheck> checks = ClaimRequest.read("bilateral trade reached US$23.1 billion in 2024", "China Daily",
                ClaimRequest.Names.API).check(CHECKER);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(checks.get(0).onlyOwnPublisher()).isTrue();
        assertThat(checks.get(0).claimPublisher()).isEqualTo("China Daily");
    }

    @Test
    void anArticlesPublisherAndDateAreReadAlikeAndABadDateNamesTheParameter() {
        ArticleRequest request = ArticleRequest.read(" Dawn ", "25 August 2025", ArticleRequest.Names.COMMAND_LINE);
        assertThat(request).isEqualTo(new ArticleRequest("Dawn", LocalDate.of(2025, 8, 25)));
        assertThat(ArticleRequest.read("", "  ", ArticleRequest.Names.API)).isEqualTo(new ArticleRequest(null, null));
        assertThat(ArticleRequest.read(null, "Aug 25, 2025", ArticleRequest.Names.API).published())
                .isEqualTo(LocalDate.of(2025, 8, 25));
        InputException api = error(() -> ArticleRequest.read(null, "soon", ArticleRequest.Names.API));
        InputException cli = error(() -> ArticleRequest.read(null, "soon", ArticleRequest.Names.COMMAND_LINE));
        assertThat(api.field()).isEqualTo("published");
        assertThat(cli.field()).isEqualTo("--published");
        assertThat(api.reason()).isEqualTo(cli.reason()).contains("not a date: 'soon'");
    }

    private static InputException error(Runnable action) {
        try {
            action.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no InputException");
    }
}
