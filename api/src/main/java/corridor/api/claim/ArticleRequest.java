package corridor.api.claim;

import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.model.InputException;

import java.time.LocalDate;

/**
 * Who published an article and when, read from text parameters with one set of rules and
 * messages for {@code corridor check-article} and {@code POST /api/check-article}: each overrides
 * the article's own header; blank is not given; a date is written 2025-08-25, 25 August 2025 or
 * Aug 25, 2025. The article's text itself comes from a file or a request body, read by
 * {@link ArticleText#read}. Immutable; thread-safe.
 *
 * @param publisher who published it, trimmed; null when not given (the article's header decides)
 * @param published when; null when not given (the article's header decides)
 */
public record ArticleRequest(String publisher, LocalDate published) {

    /**
     * How a surface spells the parameters of an article request.
     *
     * @param publisher who published the article
     * @param published when
     */
    public record Names(String publisher, String published) {
        /** The fields of {@code POST /api/check-article}'s body. */
        public static final Names API = new Names("publisher", "published");
        /** The options of {@code corridor check-article}. */
        public static final Names COMMAND_LINE = new Names("--publisher", "--published");
    }

    /**
     * Reads an article request.
     *
     * @param publisher as given; null or blank when not given
     * @param published as given; null or blank when not given
     * @throws InputException naming the published parameter when it is not a date
     */
    public static ArticleRequest read(String publisher, String published, Names names) {
        String who = publisher == null || publisher.isBlank() ? null : publisher.strip();
        LocalDate when = null;
        if (published != null && !published.isBlank()) {
            try {
                when = ArticleText.date(published, names.published());
            } catch (InputException e) {
                throw InputException.ofParameter(names.published(), e.reason());
            }
        }
        return new ArticleRequest(who, when);
    }

    /** Checks {@code article} with this request's publisher and date over its header's. */
    public ArticleReport check(ArticleChecker checker, ArticleText article) {
        return checker.check(article, publisher, published);
    }
}
