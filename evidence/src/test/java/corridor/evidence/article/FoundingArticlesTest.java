package corridor.evidence.article;

import corridor.data.BuiltInDataset;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The two founding articles checked whole, as {@code corridor check-article} does: every figure
 * each contains is listed here with its verdict, in order, so that a figure missed or a spurious
 * one ("the two sides", "CPEC 2.0", "Aug 25", "the sixth dialogue") fails the test.
 */
class FoundingArticlesTest {

    private static final ArticleChecker CHECKER = new ArticleChecker(new ClaimChecker(BuiltInDataset.load()));

    private static ArticleText article(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(FoundingArticlesTest.class.getResourceAsStream("/articles/" + name))) {
            return ArticleText.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    @Test
    void chinaDailyCpecNextStage() throws IOException {
        ArticleText text = article("cpec-next-stage-china-daily.txt");
        assertThat(text.publisher()).isEqualTo("China Daily");
        assertThat(text.published()).isEqualTo(LocalDate.of(2025, 8, 25));
        ArticleReport report = CHECKER.check(text, null, null);
        assertThat(report.figures()).extracting(ArticleReport.FigureCheck::figure, f -> f.check().claim().measures(),
                f -> f.check().verdict()).containsExactly(
                // GACC 2024 total: only China Daily's own report (trade-gacc-2024)
                tuple("$23.1 billion", List.of("trade.total"), Verdict.UNVERIFIABLE),
                // +11.1%: China Daily's own figure (trade-gacc-2024-growth), no 2023 total to compute from
                tuple("11.1 percent", List.of("trade.total"), Verdict.UNVERIFIABLE),
                // direct jobs: China Daily's own 236,000 (jobs-ramay-2025-direct) against Jiang's 155,000
                tuple("236,000", List.of("jobs.direct"), Verdict.DISPUTED),
                // more than 100 SMEs against the Board of Investment's 100 (smes-boi): exactly the bound
                tuple("more than 100", List.of("smes.benefited"), Verdict.UNVERIFIABLE));
        ArticleReport.FigureCheck trade = report.figures().get(0);
        assertThat(report.text().substring(trade.start(), trade.end())).isEqualTo("$23.1 billion");
        assertThat(trade.check().explanation()).contains("only source of this figure is the claim's own publisher",
                "China Daily (state media)");
        // the running total "over the past decade" is read against the article's date
        assertThat(report.figures().get(2).check().claim().period().describe()).contains("ending in 2023–2025");
        assertThat(report.counts()).containsEntry(Verdict.UNVERIFIABLE, 3).containsEntry(Verdict.DISPUTED, 1);
    }

    @Test
    void rareEarthCommentary() throws IOException {
        ArticleReport report = CHECKER.check(article("xi-zardari-beijing-rare-earths.txt"), null, null);
        assertThat(report.publisher()).isEqualTo("Rare Earth Exchanges");
        assertThat(report.published()).isNull();
        assertThat(report.figures()).extracting(ArticleReport.FigureCheck::figure, f -> f.check().claim().measures(),
                f -> f.check().verdict()).containsExactly(
                // the commentary's own eight (ree-areas-kp-founding) against INP-WealthPK's seven
                tuple("eight", List.of("minerals.ree_exploration_areas"), Verdict.DISPUTED),
                // a 200 km stretch of no link the data hold
                tuple("200-kilometer", List.of(), Verdict.UNVERIFIABLE));
        assertThat(report.figures().get(0).check().explanation()).contains("Sources in the data disagree",
                "seven neodymium targets", "INP-WealthPK (independent media)");
    }

    @Test
    void theCommandLinesPublisherAndDateOverrideTheHeader() throws IOException {
        ArticleReport report = CHECKER.check(article("cpec-next-stage-china-daily.txt"), "Dawn",
                LocalDate.of(2025, 9, 1));
        assertThat(report.publisher()).isEqualTo("Dawn");
        // published by Dawn, China Daily's report of the GACC total is an independent source
        assertThat(report.figures().get(0).check().verdict()).isEqualTo(Verdict.SUPPORTED);
    }
}
