package corridor.evidence.text;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Tokens joined by single spaces in lower case ("us $ 23.1 billion in 2024"), so that the grammar
 * can be written as regular expressions over whole tokens, with a map back from each character
 * to its token. Immutable; thread-safe.
 */
public final class TokenText {

    private final List<Token> tokens;
    private final String joined;
    private final int[] tokenAt;
    private final int[] charStart;

    /** The joined text of {@code tokens}. */
    public TokenText(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        StringBuilder s = new StringBuilder();
        charStart = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                s.append(' ');
            }
            charStart[i] = s.length();
            s.append(tokens.get(i).lower());
        }
        joined = s.toString();
        tokenAt = new int[joined.length() + 1];
        int t = 0;
        for (int c = 0; c <= joined.length(); c++) {
            while (t + 1 < charStart.length && charStart[t + 1] <= c) {
                t++;
            }
            tokenAt[c] = t;
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The joined lower-case text. */
    public String text() {
        return joined;
    }

    /** The index of the token at character {@code offset} of {@link #text()}. */
    public int tokenAt(int offset) {
        return tokenAt[Math.min(offset, joined.length())];
    }

    /** The first token of a match. */
    public int firstToken(Matcher m, String group) {
        return tokenAt(m.start(group));
    }

    /** The index just after the last token of a match. */
    public int endToken(Matcher m, String group) {
        return tokenAt(Math.max(m.start(group), m.end(group) - 1)) + 1;
    }

    /** Where token {@code index} starts in {@link #text()}. */
    public int charStart(int index) {
        return index >= charStart.length ? joined.length() : charStart[index];
    }
}
