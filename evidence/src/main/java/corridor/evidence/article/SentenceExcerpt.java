package corridor.evidence.article;

import corridor.evidence.claim.Claim;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as a report quotes it: whole up to {@link ArticleChecker#MAX_EXCERPT_CHARS}
 * characters, else the stretches of {@link ArticleChecker#EXCERPT_CONTEXT_CHARS} characters on each
 * side of its figures (widened or narrowed to whole words where a space is near), joined by "…".
 * Its length is then bounded by its figures, not by the sentence. Stateless and thread-safe.
 */
final class SentenceExcerpt {

    /** Stretches closer than this, in characters, are quoted as one. */
    private static final int MERGE_GAP_CHARS = 20;
    /** How far a cut moves to fall between words. */
    private static final int WORD_SLACK_CHARS = 20;
    private static final String ELLIPSIS = "…";

    private SentenceExcerpt() {
    }

    /** {@code sentence} quoted around {@code claims} (read from its text, in the order of the text). */
    static ArticleReport.QuotedSentence quote(ArticleText.Sentence sentence, List<Claim> claims) {
        String text = sentence.text();
        if (text.length() <= ArticleChecker.MAX_EXCERPT_CHARS) {
            return new ArticleReport.QuotedSentence(sentence.start(), sentence.end(), text, false);
        }
        List<int[]> spans = new ArrayList<>();
        for (Claim claim : claims) {
            int from = cutBefore(text, Math.max(0, claim.start() - ArticleChecker.EXCERPT_CONTEXT_CHARS), claim.start());
            int to = cutAfter(text, Math.min(text.length(), claim.end() + ArticleChecker.EXCERPT_CONTEXT_CHARS),
                    claim.end());
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && from <= last[1] + MERGE_GAP_CHARS) {
                last[1] = Math.max(last[1], to);
            } else {
                spans.add(new int[] {from, to});
            }
        }
        StringBuilder excerpt = new StringBuilder();
        for (int[] span : spans) {
            if (span[0] > 0) {
                excerpt.append(excerpt.isEmpty() ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
            }
            excerpt.append(text, span[0], span[1]);
        }
        boolean toEnd = spans.get(spans.size() - 1)[1] == text.length();
        if (!toEnd) {
            excerpt.append(" ").append(ELLIPSIS);
        }
        boolean whole = spans.size() == 1 && spans.get(0)[0] == 0 && toEnd;
        return new ArticleReport.QuotedSentence(sentence.start(), sentence.end(), excerpt.toString(), !whole);
    }

    /** A cut at or after {@code at} (not past {@code figureStart}) that starts a word, where a space is near. */
    private static int cutBefore(String text, int at, int figureStart) {
        if (at == 0) {
            return 0;
        }
        for (int k = at; k < Math.min(figureStart, at + WORD_SLACK_CHARS); k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at; // never half a character
    }

    /** A cut at or before {@code at} (not before {@code figureEnd}) that ends a word, where a space is near. */
    private static int cutAfter(String text, int at, int figureEnd) {
        if (at == text.length()) {
            return at;
        }
        for (int k = at; k > Math.max(figureEnd, at - WORD_SLACK_CHARS); k--) {
            if (Character.isWhitespace(text.charAt(k - 1))) {
                return k - 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
