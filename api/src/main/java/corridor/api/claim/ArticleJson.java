package corridor.api.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.ClaimChecker;

/**
 * An article's report as JSON, the one writer of {@code corridor check-article --format json} and
 * {@code POST /api/check-article}: each sentence holding figures once, each figure pointing to it
 * by index, with its offsets in the article's text and its check in the keys of {@link ClaimJson}.
 * Stateless and thread-safe.
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    /**
     * The report: {@code publisher} and {@code published} (null when unknown), {@code text}, {@code read}
     * ({@code characters}, {@code sentences}, {@code figures}), {@code limits} ({@code characters},
     * {@code figures}, {@code excerpt}), {@code counts} per verdict, {@code sentences} ({@code start},
     * {@code end}, {@code excerpt}, {@code cut}) and {@code figures} ({@code sentence}, {@code start},
     * {@code end} and the claim's check).
     */
    public static ObjectNode report(ArticleReport report) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("publisher", report.publisher().isEmpty() ? null : report.publisher());
        answer.put("published", report.published() == null ? null : report.published().toString());
        answer.put("text", report.text());
        answer.set("read", JsonValues.object(new Counts(report.text().length(), report.sentencesRead(),
                report.figures().size())));
        answer.set("limits", JsonValues.object(new Limits(ArticleText.MAX_CHARS, ClaimChecker.MAX_FIGURES,
                ArticleChecker.MAX_EXCERPT_CHARS)));
        ObjectNode counts = answer.putObject("counts");
        report.counts().forEach((verdict, n) -> counts.put(JsonValues.lower(verdict), n));
        // a quoted sentence's components are its keys: start, end, excerpt, cut
        answer.set("sentences", JsonValues.objects(report.sentences()));
        ArrayNode figures = answer.putArray("figures");
        for (ArticleReport.FigureCheck f : report.figures()) {
            ObjectNode node = figures.addObject();
            node.put("sentence", f.sentence());
            node.put("start", f.start());
            node.put("end", f.end());
            node.setAll(ClaimJson.check(f.check()));
        }
        return answer;
    }

    /** What was read: characters of text, sentences, figures. */
    private record Counts(int characters, int sentences, int figures) {
    }

    /** The bounds of what is read: characters, figures, and characters of an excerpt. */
    private record Limits(int characters, int figures, int excerpt) {
    }
}
