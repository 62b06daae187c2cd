package corridor.evidence.article;

import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.ClaimReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds and checks every quantitative claim of an article: each sentence is read by the
 * {@link ClaimReader} and each claim checked by the {@link ClaimChecker}, with the article's
 * publisher (a figure whose only source is that publisher is unverifiable) and its date (for
 * "last year" and "over the past decade"). Bounded: at most {@link ArticleText#MAX_CHARS}
 * characters and {@link ClaimChecker#MAX_FIGURES} figures, each sentence quoted once and a long one only around
 * its figures, so that time and report grow linearly with the article and stay small. Immutable;
 * thread-safe.
 */
public final class ArticleChecker {

    /** Longest sentence quoted whole in a report, in characters; a longer one is cut around its figures. */
    public static final int MAX_EXCERPT_CHARS = 400;
    /** Characters kept on each side of a figure when its sentence is cut. */
    public static final int EXCERPT_CONTEXT_CHARS = 100;

    private final ClaimChecker checker;

    /** An article checker using {@code checker} and its reader. */
    public ArticleChecker(ClaimChecker checker) {
        this.checker = checker;
    }

    /**
     * Checks {@code article}. Every sentence is read before any figure is checked, so an article
     * over the bound is refused without checking.
     *
     * @param publisher who published it; null or blank to use the article's own header
     * @param published when; null to use the article's own header (and then unknown when it has none)
     * @throws CheckLimitException when the article has more than {@link ClaimChecker#MAX_FIGURES} figures to check
     */
    public ArticleReport check(ArticleText article, String publisher, LocalDate published) {
        String who = publisher == null || publisher.isBlank() ? article.publisher() : publisher.strip();
        LocalDate when = published != null ? published : article.published();
        List<ArticleText.Sentence> withFigures = new ArrayList<>();
        List<List<Claim>> claimsOf = new ArrayList<>();
        int found = 0;
        for (ArticleText.Sentence sentence : article.sentences()) {
            List<Claim> claims = checker.reader().read(sentence.text(), when, ClaimChecker.MAX_FIGURES - found + 1);
            found += claims.size();
            if (found > ClaimChecker.MAX_FIGURES) {
                throw new CheckLimitException(CheckLimitException.Limit.FIGURES, ClaimChecker.MAX_FIGURES, "the article has more than "
                        + String.format(Locale.ROOT, "%,d", ClaimChecker.MAX_FIGURES) + " figures to check; check it in parts");
            }
            if (!claims.isEmpty()) {
                withFigures.add(sentence);
                claimsOf.add(claims);
            }
        }
        List<ArticleReport.QuotedSentence> quoted = new ArrayList<>();
        List<ArticleReport.FigureCheck> figures = new ArrayList<>();
        for (int i = 0; i < withFigures.size(); i++) {
            ArticleText.Sentence sentence = withFigures.get(i);
            quoted.add(SentenceExcerpt.quote(sentence, claimsOf.get(i)));
            for (Claim claim : claimsOf.get(i)) {
                figures.add(new ArticleReport.FigureCheck(i, sentence.start() + claim.start(),
                        sentence.start() + claim.end(), checker.check(claim, who)));
            }
        }
        return new ArticleReport(article.text(), who, when, article.sentences().size(), quoted, figures);
    }
}
