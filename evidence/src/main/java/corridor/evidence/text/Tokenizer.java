package corridor.evidence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits English text into words, numbers and symbols, keeping each token's offsets. Hyphens
 * and dashes are symbols of their own ("twenty-eight" is three tokens), so that compound words and
 * ranges are read by the grammar rather than here. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (isDigit(c)) {
                // every dot between digits stays in the token ("2.0.1", "25.08.2025"), so that a
                // version or a date is never read as the number before its second dot
                int j = i + 1;
                while (j < n && (isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < n
                        && isDigit(text.charAt(j + 1)) && groupOk(text, j)))) {
                    j++;
                }
                String t = text.substring(i, j);
                tokens.add(new Token(Token.Kind.NUMBER, t, t, i, j));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (isApostrophe(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) {
                    j++;
                }
                String t = text.substring(i, j);
                int split = currencyPrefix(t);
                if (split > 0) {
                    j = i + split; // "Rs34bn", "PKR500": the currency, then the number
                    t = text.substring(i, j);
                }
                tokens.add(new Token(Token.Kind.WORD, t, plain(t), i, j));
                i = j;
            } else {
                String t = String.valueOf(c);
                tokens.add(new Token(Token.Kind.SYMBOL, t, plain(t), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The length of a currency code written against a number ("Rs34", "PKR500", "RMB14"), else 0. */
    private static int currencyPrefix(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String code : new String[] {"rs", "pkr", "rmb", "cny", "usd"}) {
            if (lower.length() > code.length() && lower.startsWith(code)
                    && isDigit(lower.charAt(code.length()))) {
                return code.length();
            }
        }
        return 0;
    }

    /**
     * An ASCII digit. Other scripts' digits ("\u0663", fullwidth "\uff13") are not read as numbers:
     * they are symbols, and a figure written with them is not a figure.
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A comma inside a number only before a group of exactly three digits ("236,000", not "2024, 11"). */
    private static boolean groupOk(String text, int at) {
        if (text.charAt(at) == '.') {
            return true;
        }
        int k = at + 1;
        int digits = 0;
        while (k < text.length() && isDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        return digits == 3;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Lower case with typographic apostrophes and dashes made plain. */
    public static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2212', '-');
    }
}
