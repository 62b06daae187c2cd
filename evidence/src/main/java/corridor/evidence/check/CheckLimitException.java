package corridor.evidence.check;

import java.util.Locale;

/**
 * A text beyond one of the checker's bounds, found before any work past the bound is done. The
 * bounds keep the time and the size of an answer linear in its input and small: surfaces refuse
 * such a text (the server with 413 for {@link Limit#CHARACTERS}, 422 for {@link Limit#FIGURES})
 * with this message, which names the bound and its value.
 */
public final class CheckLimitException extends RuntimeException {

    /** The bounds of a check. */
    public enum Limit {
        /** Characters of an article (200,000: {@code corridor.evidence.article.ArticleText.MAX_CHARS}). */
        CHARACTERS,
        /** Figures checked in one article or claim: {@link ClaimChecker#MAX_FIGURES}. */
        FIGURES;

        /** The bound's name in messages and answers: "characters", "figures". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Limit limit;
    private final int max;

    /**
     * @param limit  the bound exceeded
     * @param max    its value
     * @param reason what was found and what to do, after the bound has been named
     */
    public CheckLimitException(Limit limit, int max, String reason) {
        super(reason + " (limit " + limit.key() + " = " + String.format(Locale.ROOT, "%,d", max) + ")");
        this.limit = limit;
        this.max = max;
    }

    public Limit limit() {
        return limit;
    }

    /** The bound's value: characters or figures. */
    public int max() {
        return max;
    }
}
