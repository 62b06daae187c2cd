package corridor.evidence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and symbols, keeping each token's offsets. Hyphens
 * and dashes are symbols of their own ("twenty-eight" is three tokens), so that compound words and
 * ranges are read by the grammar rather than here. Chinese, written without spaces, is split into
 * one token per Han character, except the figure grammar's words listed in {@link CjkWords}
 * ("美元", "百分之"). Urdu words are space-separated like English; Urdu digits (U+06F0 to U+06F9,
 * with the Arabic decimal and thousands separators) make a number whose {@link Token#lower()} is
 * written in ASCII digits. Traditional Chinese characters are read as simplified ones ({@link HanVariants}:
 * the token's text is as written, its lower-case form simplified). A token's lower-case form also makes full-width and Arabic punctuation
 * plain ("，" is ",", "۔" is ".", "٪" is "%") and Arabic letter variants Urdu ("ي" is "ی"), without
 * diacritics. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        // traditional characters read as simplified ones, one for one (offsets kept): "億" is "亿"
        String folded = HanVariants.simplified(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (isNumberDigit(c)) {
                // every dot between digits stays in the token ("2.0.1", "25.08.2025"), so that a
                // version or a date is never read as the number before its second dot
                int j = i + 1;
                while (j < n && (isNumberDigit(text.charAt(j))
                        || (isSeparator(text.charAt(j)) && j + 1 < n
                        && isNumberDigit(text.charAt(j + 1)) && groupOk(text, j)))) {
                    j++;
                }
                String t = text.substring(i, j);
                tokens.add(new Token(Token.Kind.NUMBER, t, asciiDigits(t), i, j));
                i = j;
            } else if (isHan(c)) {
                int j = i + CjkWords.lengthAt(folded, i);
                tokens.add(new Token(Token.Kind.WORD, text.substring(i, j), folded.substring(i, j), i, j));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                boolean arabicScript = c > '\u0600';
                while (j < n && !isHan(text.charAt(j)) && !isUrduDigit(text.charAt(j))
                        && !(arabicScript && isDigit(text.charAt(j))) // "میں39.02": the word, then the number
                        && (Character.isLetterOrDigit(text.charAt(j)) || isMark(text.charAt(j))
                        || (isApostrophe(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) {
                    j++;
                }
                String t = text.substring(i, j);
                int split = currencyPrefix(t);
                if (split == 0 && !tokens.isEmpty() && (tokens.get(tokens.size() - 1).kind() == Token.Kind.NUMBER
                        || java.util.Arrays.asList(URDU_GLUED).contains(tokens.get(tokens.size() - 1).text()))) {
                    split = urduGluedPrefix(t);
                }
                if (split == 0) {
                    split = urduParticle(t);
                }
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

    /**
     * Urdu often writes a scale, currency or "per cent" against the next word ("1.663 ارب ڈالرریکارڈ",
     * "75ہزارسے", "1.482 ارب ڈالرکے"): after a number or such a word, a word starting with one is split after it.
     */
    private static final String[] URDU_GLUED = {"ارب", "کروڑ", "لاکھ", "ہزار", "ملین", "ڈالرز", "ڈالر", "روپے",
        "فیصد"};

    private static int urduGluedPrefix(String word) {
        if (java.util.Arrays.asList(URDU_GLUED).contains(word)) {
            return 0;
        }
        for (String prefix : URDU_GLUED) {
            if (word.length() > prefix.length() && word.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    /** Urdu particles written against the next word ("چین کوبرآمدات", "کوپاکستانی", "کانمایاں", "لے کرستمبر"). */
    private static final String[] URDU_PARTICLES = {"کو", "کا", "کر"};
    /** The words such a particle is found glued to (and the months: "جولائی سے لے کرستمبر2020"). */
    private static final String[] AFTER_PARTICLE = {"برآمد", "درآمد", "پاکستان", "چین", "نمایاں", "جنوری", "فروری",
        "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"};

    /** The length of an Urdu particle glued to a word it is read apart from, else 0. */
    private static int urduParticle(String word) {
        for (String particle : URDU_PARTICLES) {
            if (word.startsWith(particle)) {
                String rest = word.substring(particle.length());
                for (String next : AFTER_PARTICLE) {
                    if (rest.startsWith(next)) {
                        return particle.length();
                    }
                }
            }
        }
        return 0;
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

    /** A digit a number may be written in: ASCII, or Urdu's (U+06F0 to U+06F9). */
    private static boolean isNumberDigit(char c) {
        return isDigit(c) || isUrduDigit(c);
    }

    /** An Urdu (extended Arabic-Indic) digit; the Arabic-Indic digits U+0660 to U+0669 are not read. */
    private static boolean isUrduDigit(char c) {
        return c >= '\u06f0' && c <= '\u06f9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ARABIC_DECIMAL || c == ARABIC_THOUSANDS;
    }

    private static final char ARABIC_DECIMAL = '\u066b';
    private static final char ARABIC_THOUSANDS = '\u066c';

    /** A number's digits in ASCII, Arabic separators as "." and ",": "۲۳٫۱" is "23.1". */
    private static String asciiDigits(String number) {
        StringBuilder s = new StringBuilder(number.length());
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            s.append(isUrduDigit(c) ? (char) ('0' + (c - '\u06f0')) : c == ARABIC_DECIMAL ? '.'
                    : c == ARABIC_THOUSANDS ? ',' : c);
        }
        return s.toString();
    }

    /** A Han (Chinese) character. */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A combining mark inside a word (Urdu's vowel signs, as in "تقریباً"). */
    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == '\u200c';
    }

    /** A comma inside a number only before a group of exactly three digits ("236,000", not "2024, 11"). */
    private static boolean groupOk(String text, int at) {
        if (text.charAt(at) == '.' || text.charAt(at) == ARABIC_DECIMAL) {
            return true;
        }
        int k = at + 1;
        int digits = 0;
        while (k < text.length() && isNumberDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        return digits == 3;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Lower case with typographic apostrophes and dashes made plain, full-width and Arabic
     * punctuation as ASCII, Arabic letter variants as Urdu writes them, and no diacritics.
     */
    public static String plain(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2212', '-');
        StringBuilder out = null;
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            int at = PLAIN_FROM.indexOf(c);
            boolean drop = isMark(c) && c > '\u0600';
            if ((at >= 0 || drop) && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, k);
            }
            if (out != null && !drop) {
                out.append(at >= 0 ? PLAIN_TO.charAt(at) : c);
            }
        }
        return out == null ? lower : out.toString();
    }

    /** Characters written plain by {@link #plain}, and what each becomes (same position in {@link #PLAIN_TO}). */
    private static final String PLAIN_FROM = "\uff0c\u3002\uff1b\uff1a\uff08\uff09\uff05\uff0d\u2014\uff5e\u3001"
            + "\u060c\u06d4\u061b\u066a\u064a\u0649\u0643\u0647";
    private static final String PLAIN_TO = ",.;:()%--~,"
            + ",.;%\u06cc\u06cc\u06a9\u06c1";
}
