package corridor.evidence.article;

import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.Verdict;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of an article, checked. Each sentence that holds a figure is quoted once, and its
 * figures point to it by index, so the report grows with the article, not with figures times
 * sentence length.
 *
 * @param text          the article's text (without header lines or HTML tags); offsets point into it
 * @param publisher     who published it, as used for the checks; empty when unknown
 * @param published     when, as used to resolve "last year" and "over the past decade"; null when unknown
 * @param sentencesRead how many sentences were read
 * @param sentences     the sentences that hold a checked figure, in the order of the text
 * @param figures       each figure found, in the order of the text
 */
public record ArticleReport(String text, String publisher, LocalDate published, int sentencesRead,
                            List<QuotedSentence> sentences, List<FigureCheck> figures) {

    /**
     * A sentence holding figures: where it lies in {@link #text()}, and the sentence as shown, whole
     * up to {@link ArticleChecker#MAX_EXCERPT_CHARS} characters, else cut to
     * {@link ArticleChecker#EXCERPT_CONTEXT_CHARS} characters around each of its figures, the cuts marked "…".
     *
     * @param start   offset of its first character in the article's text
     * @param end     offset just after its last character
     * @param excerpt the sentence, or its parts around its figures
     * @param cut     whether the excerpt leaves part of the sentence out
     */
    public record QuotedSentence(int start, int end, String excerpt, boolean cut) {
    }

    /**
     * One figure of the article and its check.
     *
     * @param sentence index of its sentence in {@link #sentences()}
     * @param start    offset of the figure's first character in the article's text
     * @param end      offset just after its last character
     * @param check    the figure's check
     */
    public record FigureCheck(int sentence, int start, int end, ClaimCheck check) {

        /** The figure as written. */
        public String figure() {
            return check.claim().figureText();
        }
    }

    public ArticleReport {
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
        publisher = publisher == null ? "" : publisher;
    }

    /** How many figures got each verdict (every verdict present, zero when none). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        figures.forEach(f -> counts.merge(f.check().verdict(), 1, Integer::sum));
        return counts;
    }
}
