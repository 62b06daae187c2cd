package corridor.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and checks every quantitative claim of an article: each sentence is read by the
 * {@link ClaimReader} and each claim checked by the {@link ClaimChecker}, with the article's
 * publisher (a figure whose only source is that publisher is unverifiable) and its date (for
 * "last year" and "over the past decade"). Immutable; thread-safe.
 */
public final class ArticleChecker {

    private final ClaimChecker checker;

    /** An article checker using {@code checker} and its reader. */
    public ArticleChecker(ClaimChecker checker) {
        this.checker = checker;
    }

    /**
     * Checks {@code article}.
     *
     * @param publisher who published it; null or blank to use the article's own header
     * @param published when; null to use the article's own header (and then unknown when it has none)
     */
    public ArticleReport check(ArticleText article, String publisher, LocalDate published) {
        String who = publisher == null || publisher.isBlank() ? article.publisher() : publisher.strip();
        LocalDate when = published != null ? published : article.published();
        List<ArticleReport.FigureCheck> figures = new ArrayList<>();
        for (ArticleText.Sentence sentence : article.sentences()) {
            for (Claim claim : checker.reader().read(sentence.text(), when)) {
                figures.add(new ArticleReport.FigureCheck(sentence, sentence.start() + claim.start(),
                        sentence.start() + claim.end(), checker.check(claim, who)));
            }
        }
        return new ArticleReport(article.text(), who, when, article.sentences().size(), figures);
    }
}
