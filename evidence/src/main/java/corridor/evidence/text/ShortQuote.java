package corridor.evidence.text;

/** A text cut short to be repeated in an error message. Stateless and thread-safe. */
public final class ShortQuote {

    /** Longest stretch of a text repeated in an error message, in characters. */
    public static final int MAX_CHARS = 120;

    private ShortQuote() {
    }

    /** {@code text}, cut to {@link #MAX_CHARS} characters (never half a character) and marked "…" when cut. */
    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + "…";
    }
}
