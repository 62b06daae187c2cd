package corridor.evidence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of an article, checked.
 *
 * @param text       the article's text (without header lines or HTML tags); offsets point into it
 * @param publisher  who published it, as used for the checks; empty when unknown
 * @param published  when, as used to resolve "last year" and "over the past decade"; null when unknown
 * @param sentences  how many sentences were read
 * @param figures    each figure found, in the order of the text
 */
public record ArticleReport(String text, String publisher, LocalDate published, int sentences,
                            List<FigureCheck> figures) {

    /** One figure of the article and its check. */
    public record FigureCheck(ArticleText.Sentence sentence, int start, int end, ClaimCheck check) {

        /** The figure as written. */
        public String figure() {
            return check.claim().figureText();
        }
    }

    public ArticleReport {
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
