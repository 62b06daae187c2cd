package corridor.api.claim;

import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.model.InputException;

import java.util.List;

/**
 * A claim to check, read from text parameters with one set of rules and messages for
 * {@code corridor check-claim} and {@code GET /api/check-claim}: the text is required and trimmed;
 * a blank publisher is none. Errors name the parameter as the surface spells it ({@link Names}).
 * Immutable; thread-safe.
 *
 * @param text      the claim's text, trimmed
 * @param publisher who published it, trimmed; null when not given (then every source counts as independent)
 * @param names     how the surface spells the parameters, for errors
 */
public record ClaimRequest(String text, String publisher, Names names) {

    /**
     * How a surface spells the parameters of a claim request.
     *
     * @param text      the claim's text
     * @param publisher who published it
     */
    public record Names(String text, String publisher) {
        /** The query parameters of {@code GET /api/check-claim}. */
        public static final Names API = new Names("text", "publisher");
        /** The argument and option of {@code corridor check-claim}. */
        public static final Names COMMAND_LINE = new Names("TEXT", "--publisher");
    }

    /** An example of a claim, for messages. */
    static final String EXAMPLE = "bilateral trade reached US$23.1 billion in 2024";

    /**
     * @throws InputException naming the text parameter when the text is absent or blank
     */
    public ClaimRequest {
        if (text == null || text.isBlank()) {
            throw InputException.ofParameter(names.text(), "required; give the text of a quantitative claim, such as '"
                    + EXAMPLE + "'");
        }
        text = text.strip();
        publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    }

    /**
     * Reads a claim request.
     *
     * @param text      the claim's text as given; null when absent
     * @param publisher who published it, a publisher as in sources.csv or a source id; null or blank when unknown
     * @param names     how the surface spells the parameters, for errors
     * @throws InputException naming the text parameter when the text is absent or blank
     */
    public static ClaimRequest read(String text, String publisher, Names names) {
        return new ClaimRequest(text, publisher, names);
    }

    /**
     * Reads the claims of the text and checks each with {@code checker}.
     *
     * @throws InputException naming the text parameter when the text holds no quantitative claim
     * @throws corridor.evidence.check.CheckLimitException when it holds more than
     *         {@link ClaimChecker#MAX_FIGURES} figures
     */
    public List<ClaimCheck> check(ClaimChecker checker) {
        try {
            return checker.check(text, publisher);
        } catch (InputException e) {
            // the checker names no parameter of a surface; the fix is in the text
            throw InputException.ofParameter(names.text(), e.reason());
        }
    }
}
