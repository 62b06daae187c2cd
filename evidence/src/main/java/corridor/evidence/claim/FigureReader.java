package corridor.evidence.claim;

import corridor.evidence.text.NumberWords;
import corridor.evidence.text.Token;
import corridor.evidence.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds figures in a sentence's tokens, in the grammar documented in evidence/README.md:
 * <pre>
 *   figure   = [qualifier] [currency] number [scale] [currency | unit | percent] ["+"]
 *   number   = digits ("236,000", "23.1", "236.000.000") | words ("twenty-eight", "a hundred", "seventy thousand")
 *   scale    = trillion | billion | bn | million | mn | m | thousand | lakh | crore
 *   currency = $ | US$ | USD | dollars | US dollars | Rs | PKR | rupees | RMB | CNY | yuan | renminbi
 *   percent  = % | percent | per cent | percentage points
 *   unit     = km | kilometres | kilometers | tonnes | tons | MW | megawatts | kWh
 * </pre>
 * A percentage next to a change word ("rose", "up", "fell by", "an increase of", "year on year")
 * is a change. Years, days of months, ordinals, numbers inside periods, ranges, fractions and
 * numeric dates are not figures; nor is a number in any other form ({@link #digits}): the reader
 * never throws on any text, and every value it reads is finite. Stateless and thread-safe.
 */
final class FigureReader {

    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6),
            Map.entry("thousand", 1e3), Map.entry("lakh", 1e5), Map.entry("lac", 1e5), Map.entry("lakhs", 1e5),
            Map.entry("crore", 1e7), Map.entry("crores", 1e7));
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("usd", "USD"),
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("rs", "PKR"), Map.entry("pkr", "PKR"),
            Map.entry("rupees", "PKR"), Map.entry("rupee", "PKR"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"));
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("km", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"), Map.entry("kms", "km"), Map.entry("tonnes", "tonnes"),
            Map.entry("tons", "tonnes"), Map.entry("tonne", "tonnes"), Map.entry("ton", "tonnes"),
            Map.entry("mw", "MW"), Map.entry("megawatts", "MW"), Map.entry("megawatt", "MW"),
            Map.entry("kwh", "kWh"));
    private static final Set<String> RISE = Set.of("up", "rose", "rise", "rises", "risen", "rising", "increase",
            "increased", "increases", "increasing", "grew", "grow", "grown", "growth", "jumped", "jump", "jumps",
            "surged", "surge", "climbed", "climb", "gained", "gain", "soared", "higher", "expanded", "swelled");
    private static final Set<String> FALL = Set.of("down", "fell", "fall", "falls", "fallen", "declined", "decline",
            "declines", "dropped", "drop", "drops", "decreased", "decrease", "slipped", "slumped", "plunged", "shrank",
            "contracted", "contraction", "lower", "dipped", "tumbled");
    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private FigureReader() {
    }

    /** The figures in {@code tokens}, skipping tokens marked {@code inPeriod}. */
    static List<Figure> read(String sentence, List<Token> tokens, boolean[] inPeriod) {
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Figure f = inPeriod[i] ? null : figureAt(sentence, tokens, inPeriod, i);
            if (f == null) {
                i++;
            } else {
                figures.add(f);
                i = f.endToken();
            }
        }
        return figures;
    }

    private record Number(double value, double tolerance, int end, boolean words) {
    }

    private static Figure figureAt(String sentence, List<Token> tokens, boolean[] inPeriod, int i) {
        // currency before the number: $, US$, USD, Rs, Rs., PKR, RMB
        String currency = null;
        int n = i;
        Token t = tokens.get(i);
        if (t.is("$")) {
            currency = "USD";
            n = i + 1;
        } else if (t.is("us") && i + 1 < tokens.size() && tokens.get(i + 1).is("$")) {
            currency = "USD";
            n = i + 2;
        } else if (t.is("¥")) {
            currency = "CNY";
            n = i + 1;
        } else if (t.kind() == Token.Kind.WORD && CURRENCY_WORDS.containsKey(t.lower())
                && !t.is("dollars", "dollar", "rupees", "rupee", "yuan", "renminbi")) {
            currency = CURRENCY_WORDS.get(t.lower());
            n = i + 1;
            if (n < tokens.size() && tokens.get(n).is(".")) {
                n++;
            }
        }
        if (n >= tokens.size() || (currency != null && inPeriod[n])) {
            return null;
        }
        Number number = number(tokens, n);
        if (number == null) {
            return null;
        }
        int end = number.end();
        double value = number.value();
        double tolerance = number.tolerance();
        // scale
        if (end < tokens.size() && SCALES.containsKey(tokens.get(end).lower())
                && !(tokens.get(end).is("m") && currency == null)) {
            double scale = SCALES.get(tokens.get(end).lower());
            value *= scale;
            tolerance *= scale;
            end++;
        }
        String unit = currency;
        boolean percent = false;
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if (unit == null && next.is("us") && end + 1 < tokens.size() && tokens.get(end + 1).is("dollars", "dollar")) {
                unit = "USD";
                end += 2;
            } else if (unit == null && next.kind() == Token.Kind.WORD && CURRENCY_WORDS.containsKey(next.lower())) {
                unit = CURRENCY_WORDS.get(next.lower());
                end++;
            } else if (unit == null && next.is("%")) {
                unit = "percent";
                percent = true;
                end++;
            } else if (unit == null && next.is("percent", "pct", "pc")) {
                unit = "percent";
                percent = true;
                end++;
            } else if (unit == null && next.is("per") && end + 1 < tokens.size() && tokens.get(end + 1).is("cent")) {
                unit = "percent";
                percent = true;
                end += 2;
            } else if (unit == null && next.is("percentage") && end + 1 < tokens.size()
                    && tokens.get(end + 1).is("points", "point")) {
                unit = "percentage points";
                percent = true;
                end += 2;
            } else if (unit == null && UNITS.containsKey(next.lower())) {
                unit = UNITS.get(next.lower());
                end++;
            } else if (unit == null && next.is("-") && end + 1 < tokens.size()
                    && UNITS.containsKey(tokens.get(end + 1).lower())) {
                unit = UNITS.get(tokens.get(end + 1).lower());
                end += 2;
            }
        }
        if (unit == null) {
            if (!countAllowed(tokens, inPeriod, i, n, number)) {
                return null;
            }
            unit = "count";
        }
        Bound bound = Bound.EXACT;
        if (end < tokens.size() && tokens.get(end).is("+")) {
            bound = Bound.MORE_THAN;
            end++;
        }
        // a qualifier just before
        int first = i;
        Qualifier q = qualifierBefore(tokens, i);
        if (q != null && bound == Bound.EXACT) {
            bound = q.bound();
            first = q.first();
        }
        boolean change = false;
        if (percent) {
            int sign = changeSign(tokens, first, end);
            if (sign != 0) {
                change = true;
                value = sign * value;
            }
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        return new Figure(first, end, start, stop, sentence.substring(start, stop), value, unit, tolerance, bound,
                change);
    }

    private static boolean countAllowed(List<Token> tokens, boolean[] inPeriod, int i, int n, Number number) {
        Token t = tokens.get(n);
        if (t.kind() == Token.Kind.NUMBER) {
            String digits = t.lower();
            // a four-digit year, a day after a month, an ordinal, a number inside a name (CPEC 2.0, ML-1)
            boolean yearLike = digits.matches("(19|20)\\d\\d");
            boolean afterMonth = n > 0 && MONTHS.contains(tokens.get(n - 1).lower().replace(".", ""));
            boolean beforeMonth = number.end() < tokens.size() && MONTHS.contains(tokens.get(number.end()).lower());
            boolean ordinal = number.end() < tokens.size() && ORDINAL_SUFFIX.contains(tokens.get(number.end()).lower());
            boolean inName = n > 0 && (tokens.get(n - 1).is("-") || tokens.get(n - 1).kind() == Token.Kind.WORD
                    && tokens.get(n - 1).text().chars().allMatch(Character::isUpperCase)
                    && tokens.get(n - 1).text().length() > 1);
            return !(yearLike || afterMonth || beforeMonth || ordinal || inName);
        }
        // in words: "one" alone is too often a pronoun
        return !(number.value() == 1 && number.end() - n == 1);
    }

    private static Number number(List<Token> tokens, int n) {
        Token t = tokens.get(n);
        if (t.kind() == Token.Kind.NUMBER) {
            if (n + 2 < tokens.size() && tokens.get(n + 1).is("-", "/") && tokens.get(n + 2).kind() == Token.Kind.NUMBER
                    && !t.lower().matches("(19|20)\\d\\d")) {
                return null; // a range "3-5", a date "08/25/2025", a fraction or a code: not one figure
            }
            if (n >= 2 && tokens.get(n - 1).is("/") && tokens.get(n - 2).kind() == Token.Kind.NUMBER) {
                return null; // the second or third part of "08/25/2025" or "3/4"
            }
            String digits = digits(t.lower());
            return digits == null ? null : new Number(Double.parseDouble(digits), halfUnit(digits), n + 1, false);
        }
        if (t.kind() != Token.Kind.WORD || !(NumberWords.startsNumber(t.lower()) || t.is("a", "an", "half"))) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int k = n; k < tokens.size() && words.size() < 12; k++) {
            Token w = tokens.get(k);
            if (w.is("-")) {
                continue;
            }
            if (w.kind() != Token.Kind.WORD) {
                break;
            }
            words.add(w.lower());
            index.add(k);
        }
        return NumberWords.read(words).map(r -> new Number(r.value(), r.smallestPart() / 2.0,
                index.get(r.wordCount() - 1) + 1, true)).orElse(null);
    }

    /** Most digits a figure may have: beyond them a double no longer holds every digit, and no article writes such a figure. */
    static final int MAX_DIGITS = 15;
    /** A number as English writes it: 236000, 236,000, 23.1, 1,234.5. */
    private static final Pattern ENGLISH = Pattern.compile("\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    /**
     * Thousands grouped by dots, as much of continental Europe writes them: "236.000.000". Read as
     * 236 million, since a decimal number has one point only and two or more groups of exactly three
     * digits after the first leave no other reading; one dot ("236.000") stays the English decimal.
     * Versions, addresses and dates ("2.0.1", "10.0.0.1", "25.08.2025") have groups of other
     * lengths and are no figure.
     */
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}");

    /**
     * A number token as plain digits with at most one decimal point ("236000", "23.1"), ready for
     * {@link Double#parseDouble}; null when it is not a number a figure can be: more than
     * {@link #MAX_DIGITS} digits, or dots and commas in no pattern above (so the value read is always finite).
     */
    static String digits(String token) {
        int count = 0;
        for (int k = 0; k < token.length(); k++) {
            if (Tokenizer.isDigit(token.charAt(k)) && ++count > MAX_DIGITS) {
                return null;
            }
        }
        if (ENGLISH.matcher(token).matches()) {
            return token.replace(",", "");
        }
        return DOT_GROUPED.matcher(token).matches() ? token.replace(".", "") : null;
    }

    /** Half a unit of the last digit written: 23.1 gives 0.05, 236000 gives 0.5. */
    static double halfUnit(String digits) {
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        return 0.5 * Math.pow(10, -decimals);
    }

    private record Qualifier(Bound bound, int first) {
    }

    private static final List<Map.Entry<String, Bound>> QUALIFIERS = List.of(
            Map.entry("more than", Bound.MORE_THAN), Map.entry("over", Bound.MORE_THAN),
            Map.entry("in excess of", Bound.MORE_THAN), Map.entry("above", Bound.MORE_THAN),
            Map.entry("at least", Bound.AT_LEAST), Map.entry("no less than", Bound.AT_LEAST),
            Map.entry("nearly", Bound.NEARLY), Map.entry("almost", Bound.NEARLY), Map.entry("close to", Bound.NEARLY),
            Map.entry("just under", Bound.NEARLY), Map.entry("about", Bound.APPROXIMATE),
            Map.entry("around", Bound.APPROXIMATE), Map.entry("some", Bound.APPROXIMATE),
            Map.entry("approximately", Bound.APPROXIMATE), Map.entry("roughly", Bound.APPROXIMATE),
            Map.entry("an estimated", Bound.APPROXIMATE), Map.entry("estimated", Bound.APPROXIMATE),
            Map.entry("up to", Bound.AT_MOST), Map.entry("at most", Bound.AT_MOST),
            Map.entry("less than", Bound.LESS_THAN), Map.entry("fewer than", Bound.LESS_THAN),
            Map.entry("under", Bound.LESS_THAN), Map.entry("below", Bound.LESS_THAN));

    private static Qualifier qualifierBefore(List<Token> tokens, int i) {
        for (Map.Entry<String, Bound> q : QUALIFIERS) {
            String[] words = q.getKey().split(" ");
            int first = i - words.length;
            if (first < 0) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length; k++) {
                all &= tokens.get(first + k).is(words[k]);
            }
            if (all) {
                return new Qualifier(q.getValue(), first);
            }
        }
        return null;
    }

    /** +1 for a rise, -1 for a fall, 0 when the percentage is not a change. */
    private static int changeSign(List<Token> tokens, int first, int end) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            Token w = tokens.get(k);
            if (RISE.contains(w.lower())) {
                return 1;
            }
            if (FALL.contains(w.lower())) {
                return -1;
            }
            if (!w.is("by", "of", "a", "an", "the", "some", "about", "around", "nearly", "almost", "over",
                    "more", "than", "only", "just", "massive", "sharp", "whopping", "steep", "record", "modest")) {
                break;
            }
        }
        for (int k = end; k < Math.min(tokens.size(), end + 4); k++) {
            Token w = tokens.get(k);
            if (RISE.contains(w.lower()) || w.is("more")) {
                return w.is("more") || w.is("higher") ? 1 : 1;
            }
            if (FALL.contains(w.lower()) || w.is("less")) {
                return -1;
            }
            if (w.is("year") && k + 2 < tokens.size() && (tokens.get(k + 1).is("on") || tokens.get(k + 1).is("-"))) {
                return 1;
            }
            if (w.is("yoy")) {
                return 1;
            }
            if (!w.is("-", "year", "on", "annual", "annually", "yearly")) {
                break;
            }
        }
        return 0;
    }
}
