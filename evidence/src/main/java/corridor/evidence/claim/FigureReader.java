package corridor.evidence.claim;

import corridor.evidence.text.ChineseNumbers;
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
            Map.entry("crore", 1e7), Map.entry("crores", 1e7),
            // Chinese: 万 ten thousand, 亿 a hundred million (231亿 is 23.1 billion), 千 a thousand
            Map.entry("万", 1e4), Map.entry("亿", 1e8), Map.entry("千", 1e3), Map.entry("萬", 1e4), Map.entry("億", 1e8),
            // Urdu: ارب a billion, کھرب a hundred billion, کروڑ a crore, لاکھ a lakh, ہزار a thousand
            Map.entry("ارب", 1e9), Map.entry("کھرب", 1e11), Map.entry("کروڑ", 1e7), Map.entry("لاکھ", 1e5),
            Map.entry("ہزار", 1e3), Map.entry("ملین", 1e6), Map.entry("بلین", 1e9), Map.entry("ٹریلین", 1e12));
    /** Urdu scales that write an amount in parts, largest first. */
    private static final Set<String> URDU_PARTS = Set.of("کھرب", "ارب", "کروڑ", "لاکھ", "ہزار");
    /** Chinese scales that multiply when written together: 万亿 is a trillion. */
    private static final Set<String> STACKING_SCALES = Set.of("万", "亿", "萬", "億");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("usd", "USD"),
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("rs", "PKR"), Map.entry("pkr", "PKR"),
            Map.entry("rupees", "PKR"), Map.entry("rupee", "PKR"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("美元", "USD"), Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("盧比", "PKR"), Map.entry("元", "CNY"), Map.entry("卢比", "PKR"),
            Map.entry("ڈالر", "USD"), Map.entry("ڈالرز", "USD"), Map.entry("روپے", "PKR"), Map.entry("روپیہ", "PKR"),
            Map.entry("روپوں", "PKR"), Map.entry("روپئے", "PKR"), Map.entry("یوآن", "CNY"), Map.entry("یوان", "CNY"));
    /** Currency codes written before a number ("Rs 500", "PKR500", "RMB 14"). */
    private static final Set<String> CURRENCY_PREFIXES = Set.of("usd", "rs", "pkr", "rmb", "cny");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("km", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"), Map.entry("kms", "km"), Map.entry("tonnes", "tonnes"),
            Map.entry("tons", "tonnes"), Map.entry("tonne", "tonnes"), Map.entry("ton", "tonnes"),
            Map.entry("mw", "MW"), Map.entry("megawatts", "MW"), Map.entry("megawatt", "MW"),
            Map.entry("kwh", "kWh"),
            Map.entry("公里", "km"), Map.entry("公裡", "km"), Map.entry("吨", "tonnes"), Map.entry("噸", "tonnes"), Map.entry("兆瓦", "MW"), Map.entry("千瓦时", "kWh"),
            Map.entry("کلومیٹر", "km"), Map.entry("ٹن", "tonnes"), Map.entry("میگاواٹ", "MW"));
    /** Units Urdu writes in two words: "کلو میٹر" (km), "میگا واٹ" (MW). */
    private static final Map<String, String> TWO_WORD_UNITS = Map.of("کلو میٹر", "km", "میگا واٹ", "MW");
    /**
     * Urdu numbers in words, read only before a scale ("ایک ارب 80 کروڑ", "دس لاکھ ٹن"): alone, "دو" and
     * "نو" are as often other words.
     */
    private static final Map<String, Integer> URDU_NUMBER_WORDS = Map.ofEntries(Map.entry("ایک", 1),
            Map.entry("دو", 2), Map.entry("تین", 3), Map.entry("چار", 4), Map.entry("پانچ", 5), Map.entry("چھ", 6),
            Map.entry("سات", 7), Map.entry("آٹھ", 8), Map.entry("نو", 9), Map.entry("دس", 10), Map.entry("بیس", 20),
            Map.entry("پچاس", 50), Map.entry("سو", 100));
    /** The Urdu word for the decimal point: "2 عشاریہ 89" is 2.89. */
    private static final String URDU_POINT = "عشاریہ";
    /** Units written in a multiple of the unit read: 千瓦 (kilowatt) is a thousandth of a MW (132万千瓦 is 1,320 MW). */
    private static final Map<String, Double> SCALED_UNITS = Map.of("千瓦", 1e-3);
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "pc", "فیصد");
    private static final Set<String> RISE = Set.of("up", "rose", "rise", "rises", "risen", "rising", "increase",
            "increased", "increases", "increasing", "grew", "grow", "grown", "growth", "jumped", "jump", "jumps",
            "surged", "surge", "climbed", "climb", "gained", "gain", "soared", "higher", "expanded", "swelled",
            "增长", "增加", "增幅", "上升", "上涨", "提高", "增", "涨", "نمو", "اضافہ", "اضافے", "بڑھ", "بڑھی", "بڑھا", "زیادہ");
    private static final Set<String> FALL = Set.of("down", "fell", "fall", "falls", "fallen", "declined", "decline",
            "declines", "dropped", "drop", "drops", "decreased", "decrease", "slipped", "slumped", "plunged", "shrank",
            "contracted", "contraction", "lower", "dipped", "tumbled",
            "下降", "减少", "下滑", "下跌", "降幅", "降", "跌", "减", "کمی", "کم", "گھٹ");
    /** Words between a change word and its percentage ("rose by", "同比增长了"). */
    private static final Set<String> CHANGE_FILLERS = Set.of("by", "of", "a", "an", "the", "some", "about", "around",
            "nearly", "almost", "over", "more", "than", "only", "just", "massive", "sharp", "whopping", "steep",
            "record", "modest", "同比", "环比", "了", "为", "达", "约", "近", "超过");
    /** Words after a percentage before its change word ("11.1% year on year", "11 فیصد کا اضافہ"). */
    private static final Set<String> CHANGE_AFTER_FILLERS = Set.of("-", "year", "on", "annual", "annually", "yearly",
            "的", "کا", "کی", "کے", "تک", "شرح", "سے", "نمایاں");
    /** Tokens after a number that say it is part of a date, not a figure: 2024年, 10月, 25日. */
    private static final Set<String> DATE_AFTER = Set.of("年", "月", "日", "号", "季");
    private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private FigureReader() {
    }

    /** The figures in {@code tokens}, skipping tokens marked {@code inPeriod}. */
    static List<Figure> read(String sentence, List<Token> tokens, boolean[] inPeriod) {
        return TokenScan.all(tokens.size(), i -> inPeriod[i] ? null : figureAt(sentence, tokens, inPeriod, i),
                Figure::endToken);
    }

    private record Number(double value, double tolerance, int end, boolean words) {
    }

    private static Figure figureAt(String sentence, List<Token> tokens, boolean[] inPeriod, int i) {
        // currency before the number: $, US$, USD, Rs, Rs., PKR, RMB; or 百分之 (per cent of)
        String currency = null;
        boolean percentBefore = false;
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
        } else if (t.kind() == Token.Kind.WORD && CURRENCY_PREFIXES.contains(t.lower())) {
            currency = CURRENCY_WORDS.get(t.lower());
            n = i + 1;
            if (n < tokens.size() && tokens.get(n).is(".")) {
                n++;
            }
        } else if (t.is("百分之")) {
            percentBefore = true;
            n = i + 1;
        }
        if (n >= tokens.size() || ((currency != null || percentBefore) && inPeriod[n])) {
            return null;
        }
        Number number = number(tokens, n);
        if (number == null) {
            return null;
        }
        int end = number.end();
        double value = number.value();
        double tolerance = number.tolerance();
        Bound after = null;
        boolean chineseScale = false;
        if (end < tokens.size() && tokens.get(end).is("多", "余")) {
            after = Bound.MORE_THAN; // "200多亿", "100余家": more than
            end++;
        }
        // scale; Chinese scales stack (万亿)
        if (end < tokens.size() && SCALES.containsKey(tokens.get(end).lower())
                && !(tokens.get(end).is("m") && currency == null)) {
            double scale = SCALES.get(tokens.get(end).lower());
            chineseScale = STACKING_SCALES.contains(tokens.get(end).lower());
            end++;
            if (STACKING_SCALES.contains(tokens.get(end - 1).lower()) && end < tokens.size()
                    && STACKING_SCALES.contains(tokens.get(end).lower())) {
                scale *= SCALES.get(tokens.get(end).lower());
                end++;
            }
            value *= scale;
            tolerance *= scale;
            if (after == null && end < tokens.size() && tokens.get(end).is("多", "余")) {
                after = Bound.MORE_THAN; // "5万余人次": more than
                end++;
            }
            // Urdu writes an amount in parts: "دو ارب 17 کروڑ", "31 کھرب 39 ارب 90 کروڑ"
            while (end + 1 < tokens.size() && URDU_PARTS.contains(tokens.get(end - 1).lower())
                    && tokens.get(end).kind() == Token.Kind.NUMBER && URDU_PARTS.contains(tokens.get(end + 1).lower())
                    && SCALES.get(tokens.get(end + 1).lower()) < scale && digits(tokens.get(end).lower()) != null) {
                String part = digits(tokens.get(end).lower());
                scale = SCALES.get(tokens.get(end + 1).lower());
                value += Double.parseDouble(part) * scale;
                tolerance = halfUnit(part) * scale;
                end += 2;
            }
        }
        String unit = percentBefore ? "percent" : currency;
        boolean percent = percentBefore;
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if (unit == null && next.is("us") && end + 1 < tokens.size() && tokens.get(end + 1).is("dollars", "dollar")) {
                unit = "USD";
                end += 2;
            } else if (unit == null && next.kind() == Token.Kind.WORD && CURRENCY_WORDS.containsKey(next.lower())) {
                unit = CURRENCY_WORDS.get(next.lower());
                end++;
            } else if (unit == null && (next.is("%") || PERCENT_WORDS.contains(next.lower()))) {
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
            } else if (unit == null && (next.is("百分点")
                    || next.is("个") && end + 1 < tokens.size() && tokens.get(end + 1).is("百分点"))) {
                unit = "percentage points";
                percent = true;
                end += next.is("个") ? 2 : 1;
            } else if (unit == null && UNITS.containsKey(next.lower())) {
                unit = UNITS.get(next.lower());
                end++;
            } else if (unit == null && end + 1 < tokens.size()
                    && TWO_WORD_UNITS.containsKey(next.lower() + " " + tokens.get(end + 1).lower())) {
                unit = TWO_WORD_UNITS.get(next.lower() + " " + tokens.get(end + 1).lower());
                end += 2;
            } else if (unit == null && chineseScale && next.is("度")) {
                unit = "kWh"; // 90亿度: 度 after 万 or 亿 is a kilowatt-hour (alone it is a degree)
                end++;
            } else if (unit == null && SCALED_UNITS.containsKey(next.lower())) {
                unit = "MW";
                value *= SCALED_UNITS.get(next.lower());
                tolerance *= SCALED_UNITS.get(next.lower());
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
        Bound bound = after == null ? Bound.EXACT : after;
        if (end < tokens.size() && tokens.get(end).is("+")) {
            bound = Bound.MORE_THAN;
            end++;
        }
        Qualifier written = bound == Bound.EXACT ? qualifierAfter(tokens, end) : null;
        if (written != null) {
            bound = written.bound();
            end = written.first();
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
            boolean ordinal = number.end() < tokens.size() && ORDINAL_SUFFIX.contains(tokens.get(number.end()).lower())
                    || n > 0 && tokens.get(n - 1).is("第");
            boolean date = number.end() < tokens.size() && DATE_AFTER.contains(tokens.get(number.end()).lower());
            boolean inName = n > 0 && (tokens.get(n - 1).is("-") || tokens.get(n - 1).kind() == Token.Kind.WORD
                    && tokens.get(n - 1).text().chars().allMatch(Character::isUpperCase)
                    && tokens.get(n - 1).text().length() > 1);
            return !(yearLike || afterMonth || beforeMonth || ordinal || date || inName);
        }
        if (ChineseNumbers.startsNumber(t.lower())) {
            boolean date = number.end() < tokens.size() && DATE_AFTER.contains(tokens.get(number.end()).lower());
            boolean ordinal = n > 0 && tokens.get(n - 1).is("第");
            return !(date || ordinal || number.value() == 1 && number.end() - n == 1);
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
            if (digits != null && n + 2 < tokens.size() && tokens.get(n + 1).is(URDU_POINT)
                    && tokens.get(n + 2).kind() == Token.Kind.NUMBER && digits.matches("\\d+")
                    && tokens.get(n + 2).lower().matches("\\d{1,6}")) {
                String decimal = digits + "." + tokens.get(n + 2).lower();
                return new Number(Double.parseDouble(decimal), halfUnit(decimal), n + 3, false);
            }
            return digits == null ? null : new Number(Double.parseDouble(digits), halfUnit(digits), n + 1, false);
        }
        if (t.kind() == Token.Kind.WORD && URDU_NUMBER_WORDS.containsKey(t.lower()) && n + 1 < tokens.size()
                && URDU_PARTS.contains(tokens.get(n + 1).lower())) {
            return new Number(URDU_NUMBER_WORDS.get(t.lower()), 0.5, n + 1, true);
        }
        if (t.kind() == Token.Kind.WORD && ChineseNumbers.startsNumber(t.lower())) {
            List<String> characters = new ArrayList<>();
            for (int k = n; k < tokens.size() && characters.size() < 20 && tokens.get(k).lower().length() == 1
                    && Tokenizer.isHan(tokens.get(k).lower().charAt(0)); k++) {
                characters.add(tokens.get(k).lower());
            }
            return ChineseNumbers.read(characters).map(r -> new Number(r.value(), r.smallestPart() / 2.0,
                    n + r.wordCount(), true)).orElse(null);
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
            Map.entry("under", Bound.LESS_THAN), Map.entry("below", Bound.LESS_THAN),
            // Chinese, before the figure
            Map.entry("超过", Bound.MORE_THAN), Map.entry("超", Bound.MORE_THAN), Map.entry("逾", Bound.MORE_THAN),
            Map.entry("突破", Bound.MORE_THAN),
            Map.entry("至少", Bound.AT_LEAST), Map.entry("将近", Bound.NEARLY), Map.entry("接近", Bound.NEARLY),
            Map.entry("近", Bound.NEARLY), Map.entry("大约", Bound.APPROXIMATE), Map.entry("约", Bound.APPROXIMATE),
            Map.entry("不到", Bound.LESS_THAN), Map.entry("不足", Bound.LESS_THAN),
            // Urdu, before the figure
            Map.entry("تقریبا", Bound.APPROXIMATE), Map.entry("لگ بھگ", Bound.APPROXIMATE),
            Map.entry("کم از کم", Bound.AT_LEAST));
    /** Qualifiers written after the figure, as Chinese and Urdu write them ("100亿美元以上", "23 ارب ڈالر سے زائد"). */
    private static final List<Map.Entry<String, Bound>> QUALIFIERS_AFTER = List.of(
            Map.entry("以上", Bound.MORE_THAN), Map.entry("左右", Bound.APPROXIMATE),
            Map.entry("سے زائد", Bound.MORE_THAN), Map.entry("سے زیادہ", Bound.MORE_THAN),
            Map.entry("سے تجاوز", Bound.MORE_THAN),
            Map.entry("سے کم", Bound.LESS_THAN), Map.entry("کے قریب", Bound.NEARLY),
            Map.entry("کے لگ بھگ", Bound.APPROXIMATE));

    /** A qualifier written just after a figure ending at {@code end}; its {@code first} is where the figure now ends. */
    private static Qualifier qualifierAfter(List<Token> tokens, int end) {
        for (Map.Entry<String, Bound> q : QUALIFIERS_AFTER) {
            String[] words = q.getKey().split(" ");
            if (end + words.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length; k++) {
                all &= tokens.get(end + k).is(words[k]);
            }
            if (all) {
                return new Qualifier(q.getValue(), end + words.length);
            }
        }
        return null;
    }

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
            if (!CHANGE_FILLERS.contains(w.lower())) {
                break;
            }
        }
        for (int k = end; k < Math.min(tokens.size(), end + 5); k++) {
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
            if (!CHANGE_AFTER_FILLERS.contains(w.lower())) {
                break;
            }
        }
        return 0;
    }
}
