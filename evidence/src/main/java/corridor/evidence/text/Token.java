package corridor.evidence.text;

/**
 * One token of a text: a word, a number written in digits, or a symbol.
 *
 * @param kind  word, number or symbol
 * @param text  the token as written
 * @param lower the token in lower case, typographic apostrophes and dashes made plain
 * @param start offset of its first character in the text read
 * @param end   offset just after its last character
 */
public record Token(Kind kind, String text, String lower, int start, int end) {

    /** What a token is. */
    public enum Kind {
        /** Letters, possibly with an inner apostrophe ("china's"). */
        WORD,
        /** Digits with thousands separators and a decimal part ("236,000", "23.1"). */
        NUMBER,
        /** Any other single character that is not a space ("$", "%", "-"). */
        SYMBOL
    }

    /** Whether this is a word equal to one of {@code words}. */
    public boolean is(String... words) {
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The word without a possessive "'s": "china's" is "china". */
    public String stem() {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
