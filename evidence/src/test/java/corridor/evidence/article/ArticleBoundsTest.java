package corridor.evidence.article;

import corridor.data.BuiltInDataset;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.EvidenceValue;
import corridor.evidence.claim.Claim;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The bounds of {@code check-article} (issue 21): an article without full stops is one sentence,
 * and a report that repeated the sentence with each figure grew with figures times characters.
 * Each sentence is now quoted once, long ones only around their figures; figures and characters
 * are capped, and reading a long sentence takes time linear in it.
 */
class ArticleBoundsTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());
    private static final ArticleChecker ARTICLES = new ArticleChecker(CHECKER);

    private static ArticleReport check(String text) {
        return ARTICLES.check(ArticleText.read(text, "test"), null, null);
    }

    /** Characters of everything the report says: the text, the quoted sentences, and each figure with its check. */
    private static long reportChars(ArticleReport report) {
        long chars = report.text().length();
        for (ArticleReport.QuotedSentence s : report.sentences()) {
            chars += s.excerpt().length();
        }
        for (ArticleReport.FigureCheck f : report.figures()) {
            chars += f.figure().length() + f.check().explanation().length();
            for (List<EvidenceValue> values : List.of(f.check().compared(), f.check().related(),
                    f.check().otherMeasures())) {
                for (EvidenceValue e : values) {
                    chars += e.derivation().length() + e.note().length() + e.publishers().length();
                }
            }
        }
        return chars;
    }

    @Test
    void aSentenceWithManyFiguresIsQuotedOnceAndTheReportGrowsLinearly() {
        long[] sizes = new long[3];
        int[] figures = {50, 100, 200};
        for (int i = 0; i < figures.length; i++) {
            ArticleReport report = check("12 projects ".repeat(figures[i]));
            assertThat(report.figures()).hasSize(figures[i]);
            assertThat(report.sentences()).hasSize(1);
            assertThat(report.figures()).allMatch(f -> f.sentence() == 0);
            ArticleReport.QuotedSentence sentence = report.sentences().get(0);
            assertThat(sentence.cut()).isFalse(); // the figures cover the sentence: it is quoted whole, once
            assertThat(sentence.excerpt()).isEqualTo(report.text().substring(sentence.start(), sentence.end()));
            sizes[i] = reportChars(report);
        }
        // doubling the figures at most doubles the report (plus a margin): before, it quadrupled
        assertThat(sizes[1]).isLessThan((long) (2.1 * sizes[0]));
        assertThat(sizes[2]).isLessThan((long) (2.1 * sizes[1]));
    }

    @Test
    void aLongSentenceIsCutAroundItsFigures() {
        String filler = "the corridor continues through the valley and over the pass ";
        String text = filler.repeat(40) + "with 146 km of road " + filler.repeat(40) + "and 12 projects " + filler.repeat(40);
        ArticleReport report = check(text);
        assertThat(report.figures()).extracting(ArticleReport.FigureCheck::figure).containsExactly("146 km", "12");
        ArticleReport.QuotedSentence sentence = report.sentences().get(0);
        assertThat(sentence.cut()).isTrue();
        assertThat(sentence.end() - sentence.start()).isGreaterThan(7000);
        assertThat(sentence.excerpt()).startsWith("… ").endsWith(" …").contains(" … ", "with 146 km of road",
                "and 12 projects").hasSizeLessThan(2 * (2 * ArticleChecker.EXCERPT_CONTEXT_CHARS + 40));
        // the figures still point into the article's text
        ArticleReport.FigureCheck road = report.figures().get(0);
        assertThat(report.text().substring(road.start(), road.end())).isEqualTo("146 km");
    }

    @Test
    void moreFiguresThanTheBoundAreRefusedNamingIt() {
        assertThat(check("12 projects ".repeat(ClaimChecker.MAX_FIGURES)).figures()).hasSize(ClaimChecker.MAX_FIGURES);
        assertThatThrownBy(() -> check("12 projects ".repeat(ClaimChecker.MAX_FIGURES + 1)))
                .isInstanceOfSatisfying(CheckLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(CheckLimitException.Limit.FIGURES);
                    assertThat(e.max()).isEqualTo(ClaimChecker.MAX_FIGURES);
                })
                .hasMessageContaining("more than 250 figures").hasMessageContaining("limit figures = 250");
        // the same bound holds across sentences
        assertThatThrownBy(() -> check("The corridor has 12 projects. ".repeat(ClaimChecker.MAX_FIGURES + 1)))
                .isInstanceOf(CheckLimitException.class);
    }

    @Test
    void moreCharactersThanTheBoundAreRefusedNamingIt() {
        assertThatThrownBy(() -> ArticleText.read("a".repeat(ArticleText.MAX_CHARS + 1), "body"))
                .isInstanceOfSatisfying(CheckLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(CheckLimitException.Limit.CHARACTERS))
                .hasMessageContaining("200,001 characters").hasMessageContaining("limit characters = 200,000");
    }

    @Test
    void aBodyOfSixteenThousandFiguresIsRefusedWithoutReadingThemAll() {
        String body = "12 projects ".repeat(16_000); // 192,000 characters, no full stop: one sentence
        assertThat(body).hasSizeLessThanOrEqualTo(ArticleText.MAX_CHARS);
        // generous: the bound is what is tested; before, this took minutes and the answer gigabytes
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> check(body))
                .isInstanceOf(CheckLimitException.class));
    }

    @Test
    void aLongSentenceIsReadInPiecesWithItsFiguresAtTheirOffsets() {
        String filler = "and the talks went on for a long while, ";
        String text = filler.repeat(100) + "as trade reached US$23.1 billion in 2024 " + filler.repeat(100)
                + "while 146 km of road were built";
        List<Claim> claims = CHECKER.reader().read(text, null);
        assertThat(claims).extracting(Claim::figureText).containsExactly("US$23.1 billion", "146 km");
        for (Claim c : claims) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.figureText());
        }
        assertThat(claims.get(0).periodLabel()).isEqualTo("2024");
        assertThat(CHECKER.reader().read(text, null, 1)).hasSize(1);
    }

    @Test
    void aHeaderLineOfSpacesIsReadInLinearTime() {
        // a lazy header pattern took ~70 s on such a line
        String text = "Publisher: a" + " ".repeat(150_000) + "b\n\nThe road is 146 km long.";
        ArticleText article = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ArticleText.read(text, "test"));
        assertThat(article.publisher()).startsWith("a").endsWith("b");
    }
}
