package corridor.evidence.claim;

import corridor.evidence.text.NumberWords;
import corridor.evidence.text.Token;
import corridor.evidence.text.TokenText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the periods a sentence names, in the grammar documented in evidence/README.md: calendar
 * years, Pakistan's fiscal years, halves, quarters, "the first N months of", month ranges, "last
 * year" / "this year" (relative to the article's date), and running totals ("over the past
 * decade", "since 2015", "by 2018", "so far"). Stateless and thread-safe.
 */
final class PeriodReader {

    /** A period found in a sentence, with the tokens it was read from. */
    record Mention(int firstToken, int endToken, ClaimPeriod period) {
    }

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?: \\.)?";
    private static final String YEAR = "(?:19|20)\\d\\d";
    private static final Pattern YEAR_DIGITS = Pattern.compile(YEAR);
    private static final String COUNT = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Map<String, Integer> ORDINAL = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    private record Rule(RuleNeeds needs, Pattern pattern, BiFunction<PeriodReader, Matcher, ClaimPeriod> read) {
    }

    private static final String UR_MONTH = "(?:جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)";
    private static final List<String> UR_MONTHS = List.of("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی",
            "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر");
    private static final List<String> UR_COUNTS = List.of("ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو",
            "دس", "گیارہ", "بارہ");
    private static final String UR_COUNT = "(?:\\d{1,2}|" + String.join("|", UR_COUNTS) + ")";

    /** The grammar, compiled once: rules listed first win where readings overlap. */
    private static final List<Rule> RULES = rules();

    private final LocalDate published;

    /** A reader resolving relative words against {@code published}; null when the date is unknown. */
    PeriodReader(LocalDate published) {
        this.published = published;
    }

    private static List<Rule> rules() {
        List<Rule> list = new ArrayList<>();
        chineseRules(list);
        urduRules(list);
        // fiscal years: FY24, FY2024, FY 2023-24, FY2023-24, fiscal year 2023-24, financial year 2023/24
        list.add(rule(RuleNeeds.words(List.of("fy", "fiscal year", "financial year")),
                "\\b(?:fy ?'? ?|(?:fiscal|financial) year )(?<a>\\d{4}|\\d{2})(?: [-/] (?<b>\\d{4}|\\d{2}))?\\b",
                (r, m) -> ClaimPeriod.fiscal(fiscalEnd(m.group("a"), m.group("b")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("fy")),
                "\\bfy(?<a>\\d{4}|\\d{2})(?: [-/] (?<b>\\d{4}|\\d{2}))?\\b",
                (r, m) -> ClaimPeriod.fiscal(fiscalEnd(m.group("a"), m.group("b")), m.group())));
        // 2023-24 read as a fiscal year when the second year follows the first
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<a>" + YEAR + ") [-/] (?<b>\\d{2})\\b(?! [-/])", (r, m) -> {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            return b == (a + 1) % 100 ? ClaimPeriod.fiscal(a + 1, m.group()) : null;
        }));
        // the first N months of 2022 / of fiscal year 2023-24
        list.add(rule(RuleNeeds.YEAR,
                "\\bfirst (?<n>" + COUNT + ") months of (?:the )?(?:(?:calendar )?year )?(?<y>" + YEAR + ")\\b",
                (r, m) -> ClaimPeriod.months(year(m, "y"), 1, year(m, "y"), count(m.group("n")), m.group())));
        // halves and quarters
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<o>first|second|1st|2nd) half of (?:the )?(?:year )?(?<y>" + YEAR + ")\\b",
                (r, m) -> half(ORDINAL.get(m.group("o")), year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\bh(?<o>[12]) (?:of )?(?<y>" + YEAR + ")\\b",
                (r, m) -> half(Integer.parseInt(m.group("o")), year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<o>first|second|third|fourth|1st|2nd|3rd|4th) quarter of (?:the )?(?:year )?(?<y>"
                + YEAR + ")\\b", (r, m) -> quarter(ORDINAL.get(m.group("o")), year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\bq(?<o>[1-4]) (?:of )?(?<y>" + YEAR + ")\\b",
                (r, m) -> quarter(Integer.parseInt(m.group("o")), year(m, "y"), m.group())));
        // month ranges: (from|between) January (to|and|-|through) October 2024; Jan 2024 - Oct 2024
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<a>" + MONTH + ") (?<ya>" + YEAR + ") (?:to|-|through|till|until) (?<b>" + MONTH
                + ") (?<yb>" + YEAR + ")\\b", (r, m) -> ClaimPeriod.months(year(m, "ya"), month(m.group("a")),
                year(m, "yb"), month(m.group("b")), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?:(?:from|between) )?(?<a>" + MONTH + ") (?:to|and|-|through|till|until) (?<b>" + MONTH
                + ") (?:, )?(?<y>" + YEAR + ")\\b", (r, m) -> ClaimPeriod.months(year(m, "y"), month(m.group("a")),
                year(m, "y"), month(m.group("b")), m.group())));
        // a span of whole years: between 2013 and 2022, from 2015 to 2024, 2013-2022
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?:(?:between|from) )?(?<a>" + YEAR + ") (?:to|and|-|through|till|until) (?<b>" + YEAR
                + ")\\b", (r, m) -> year(m, "a") < year(m, "b") ? ClaimPeriod.years(year(m, "a"), year(m, "b"), m.group())
                : null));
        // running totals
        list.add(rule(RuleNeeds.YEAR,
                "\\bsince (?:the (?:launch|start|inception|beginning) of cpec in )?(?:the year )?(?<y>" + YEAR
                + ")\\b", (r, m) -> ClaimPeriod.runningTotal(r.lagFrom(), r.publishedYear(), year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?:by|until|till|up to|as of) (?:the end of |end - |end )?(?:(?<mo>" + MONTH + ") )?(?<y>"
                + YEAR + ")\\b", (r, m) -> ClaimPeriod.runningTotal(year(m, "y"), year(m, "y"), null, m.group())));
        list.add(rule(RuleNeeds.words(List.of("the past", "the last", "the previous")),
                "\\b(?:over|in|during|for|across) the (?:past|last|previous) (?:(?<n>" + COUNT
                + "|a|one) )?(?<unit>decade|years|decades)\\b", (r, m) -> r.duration(m.group("n"), m.group("unit"),
                m.group())));
        // durations: in five years, over 10 years, within a decade
        list.add(rule(RuleNeeds.words(List.of(" years", "decade")),
                "\\b(?:in|over|within|during|across) (?:(?:the )?(?:span|course) of )?(?<n>" + COUNT
                + "|a|one) (?<unit>years|decade|decades)\\b", (r, m) -> r.duration(m.group("n"), m.group("unit"),
                m.group())));
        // the first ten months (of the article's year)
        list.add(rule(RuleNeeds.words(List.of("first")),
                "\\b(?:in |during )?the first (?<n>" + COUNT + ") months\\b(?! of)", (r, m) -> r.firstMonths(
                count(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("so far", "to date", "till date", "until now", "up to now", "thus far")),
                "\\b(?:so far|to date|till date|until now|up to now|thus far)\\b",
                (r, m) -> ClaimPeriod.runningTotal(r.lagFrom(), r.publishedYear(), null, m.group())));
        // relative years
        list.add(rule(RuleNeeds.words(List.of("year")),
                "\\b(?<w>last|this|the current|the past|current) (?<f>fiscal |financial )?year\\b(?! on)",
                (r, m) -> r.relativeYear(m)));
        // one month of a year
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?:in |during |for )?(?<a>" + MONTH + ") (?:, )?(?<y>" + YEAR + ")\\b",
                (r, m) -> ClaimPeriod.months(year(m, "y"), month(m.group("a")), year(m, "y"), month(m.group("a")),
                        m.group())));
        // a calendar year, written alone or after in/during/for/of
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?:(?:in|during|for|of|throughout|calendar year|the year) )?(?<y>" + YEAR + ")\\b(?! [-/] \\d)",
                (r, m) -> ClaimPeriod.year(year(m, "y"), m.group())));
        return List.copyOf(list);
    }

    /** Chinese numerals for months and quarters: 一 to 十二, or digits. */
    private static final String ZH_COUNT = "(?:\\d{1,2}|十[一二]?|[一二两三四五六七八九])";

    /**
     * Periods written in Chinese (one token per character, joined by spaces): 2024年, 2024年上半年,
     * 2024年1-10月, 2024年前10个月, 2024年第三季度, 2024财年 / 2023-24财年, 截至2024年底, 2015年以来, 去年, 本财年.
     */
    private static void chineseRules(List<Rule> list) {
        RuleNeeds yearNeeds = RuleNeeds.words(List.of(" 年", "财 年", "年 "));
        // durations: 五年来, 9年多来, 十年间; 过去十年, 近五年
        list.add(rule(RuleNeeds.words(List.of("年")),
                "(?<![\\S])(?:(?:过 去|近|最 近) )?(?<n>\\d{1,2}|" + ZH_COUNT + ") (?:多 )?(?:个 )?年 (?:多 )?(?:来|以 来|间|里)",
                (r, m) -> r.duration(zhCount(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("过 去", "近 ", "最 近")),
                "(?:过 去|近|最 近) (?<n>\\d{1,2}|" + ZH_COUNT + ") (?:多 )?(?:个 )?年(?! \\d)",
                (r, m) -> r.duration(zhCount(m.group("n")), m.group())));
        // 前10个月 with no year: the first months of the article's year
        list.add(rule(RuleNeeds.words(List.of("月")),
                "(?<!年 )(?<!年 的 )前 (?<n>" + ZH_COUNT + ") (?:个 )?月",
                (r, m) -> r.firstMonths(zhCount(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("财 年", "财 政 年 度")),
                "\\b(?<a>" + YEAR + ")(?: [-/] (?<b>\\d{4}|\\d{2}))? (?:财 年|财 政 年 度)",
                (r, m) -> ClaimPeriod.fiscal(fiscalEnd(m.group("a"), m.group("b")), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 (?:的 )?(?<a>" + ZH_COUNT + ") (?:月 (?:份 )?)?(?:-|至|到|~) (?<b>" + ZH_COUNT
                + ") 月", (r, m) -> ClaimPeriod.months(year(m, "y"), zhCount(m.group("a")), year(m, "y"),
                zhCount(m.group("b")), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 (?:的 )?前 (?<n>" + ZH_COUNT + ") (?:个 )?月",
                (r, m) -> ClaimPeriod.months(year(m, "y"), 1, year(m, "y"), zhCount(m.group("n")), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 (?<h>上|下) 半 年",
                (r, m) -> half(m.group("h").equals("上") ? 1 : 2, year(m, "y"), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 (?:第 )?(?<q>[一二三四1-4]) 季 度",
                (r, m) -> quarter(zhCount(m.group("q")), year(m, "y"), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 前 (?<q>[二两三2-3]) (?:个 )?季 度",
                (r, m) -> ClaimPeriod.months(year(m, "y"), 1, year(m, "y"), 3 * zhCount(m.group("q")), m.group())));
        list.add(rule(yearNeeds,
                "截 至 (?<y>" + YEAR + ") 年(?: (?:底|末|年 底|\\d{1,2} 月(?: 底| 末)?))?",
                (r, m) -> ClaimPeriod.runningTotal(year(m, "y"), year(m, "y"), null, m.group())));
        // 截至10月底 with no year: the months of the article's year to the end of that month (a customs total)
        list.add(rule(RuleNeeds.words(List.of("截 至")),
                "截 至 (?<m>" + ZH_COUNT + ") 月 (?:底|末)",
                (r, m) -> r.firstMonths(zhCount(m.group("m")), m.group())));
        list.add(rule(yearNeeds,
                "(?:(?:自|从) )?(?<y>" + YEAR + ") 年 (?:以 来|来)",
                (r, m) -> ClaimPeriod.runningTotal(r.lagFrom(), r.publishedYear(), year(m, "y"), m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年 (?<m>" + ZH_COUNT + ") 月",
                (r, m) -> ClaimPeriod.months(year(m, "y"), zhCount(m.group("m")), year(m, "y"), zhCount(m.group("m")),
                        m.group())));
        list.add(rule(yearNeeds,
                "\\b(?<y>" + YEAR + ") 年(?: (?:全 年|度))?",
                (r, m) -> ClaimPeriod.year(year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.words(List.of("年")),
                "(?<!过 )(?<w>去|今) 年",
                (r, m) -> r.relative(m.group("w").equals("去"), false, m.group())));
        list.add(rule(RuleNeeds.words(List.of("财 年")),
                "(?<w>上|本) (?:个 |一 )?财 年",
                (r, m) -> r.relative(m.group("w").equals("上"), true, m.group())));
    }

    /**
     * Periods written in Urdu: مالی سال 2024 (FY2024), مالی سال 2023-24 (or 24-2023), جنوری تا جون 2024,
     * جون 2024, 2024 کی پہلی ششماہی, 2024 کے پہلے دس ماہ, گزشتہ سال, رواں مالی سال.
     */
    /** What a rule gives for a date of one day (a dateline): its words are no period, and no figure. */
    private static final ClaimPeriod A_DAY = ClaimPeriod.unresolved("a day");

    private static void urduRules(List<Rule> list) {
        // a day's date ("2 دسمبر 2019", a dateline) is when the article was written, not a period of its figures
        list.add(rule(RuleNeeds.YEAR, "(?<![\\S])\\d{1,2} " + UR_MONTH + "(?: ,)? " + YEAR + "(?: ء)?",
                (r, m) -> A_DAY));
        // the same months of the fiscal year before: the other period of the sentence a year back
        list.add(rule(RuleNeeds.words(List.of("مالی سال")),
                "(?:گزشتہ|گذشتہ|پچھلے) مالی سال (?:کی|کے) اسی (?:مدت|عرصہ|عرصے)",
                (r, m) -> ClaimPeriod.unresolved(m.group())));
        // durations: پانچ سال میں, گزشتہ دس برسوں, گزشتہ دہائی
        list.add(rule(RuleNeeds.words(List.of("دہائی")),
                "(?:گزشتہ|گذشتہ|پچھلی|پچھلے|ایک) دہائی",
                (r, m) -> r.duration(10, m.group())));
        list.add(rule(RuleNeeds.words(List.of("سال", "برس")),
                "(?:گزشتہ|گذشتہ|پچھلے) (?<n>" + UR_COUNT + ") (?:سال|سالوں|برس|برسوں)",
                (r, m) -> r.duration(urduCount(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("سال", "برس")),
                "(?<![\\S])(?<n>" + UR_COUNT + ") (?:سال|سالوں|برس|برسوں) (?:میں|کے دوران|سے)",
                (r, m) -> r.duration(urduCount(m.group("n")), m.group())));
        // the first months of a fiscal year: مالی سال 2018-19ء کے ابتدائی چھ ماہ; (رواں|جاری) مالی سال کے پہلے 7 ماہ
        list.add(rule(RuleNeeds.words(List.of("مالی سال")),
                "مالی سال (?<a>" + YEAR + ")(?: [-/.] (?<b>\\d{4}|\\d{2}))?(?: ء)? (?:کے|کی|ءکے|ءکی) (?:پہلے|ابتدائی) (?<n>"
                + UR_COUNT + ") (?:ماہ|مہینوں|مہینے)",
                (r, m) -> fiscalMonths(fiscalEnd(m.group("a"), m.group("b")), urduCount(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("مالی سال")),
                "(?:(?:رواں|جاری|موجودہ|اس) )?مالی سال (?:کے|کی) (?:پہلے|ابتدائی) (?<n>" + UR_COUNT
                + ") (?:ماہ|مہینوں|مہینے)", (r, m) -> r.published == null ? ClaimPeriod.unresolved(m.group())
                : fiscalMonths(r.currentFiscalEnd(), urduCount(m.group("n")), m.group())));
        // a quarter of the article's fiscal year: مالی سال کی پہلی سہ ماہی (July to September)
        list.add(rule(RuleNeeds.words(List.of("سہ ماہی")),
                "(?:(?:رواں|جاری|موجودہ|اس) )?مالی سال کی (?<o>پہلی|دوسری|تیسری|چوتھی) سہ ماہی",
                (r, m) -> r.published == null ? ClaimPeriod.unresolved(m.group()) : fiscalQuarter(r.currentFiscalEnd(),
                        List.of("پہلی", "دوسری", "تیسری", "چوتھی").indexOf(m.group("o")) + 1, m.group())));
        list.add(rule(RuleNeeds.words(List.of("مالی سال")),
                "مالی سال (?<a>" + YEAR + ")(?: [-/.] (?<b>\\d{4}|\\d{2}))?(?! [-/])",
                (r, m) -> ClaimPeriod.fiscal(fiscalEnd(m.group("a"), m.group("b")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("مالی سال")),
                "مالی سال (?<b>\\d{2}) [-/] (?<a>" + YEAR + ")", (r, m) -> {
            int a = year(m, "a");
            return Integer.parseInt(m.group("b")) == (a + 1) % 100 ? ClaimPeriod.fiscal(a + 1, m.group()) : null;
        }));
        list.add(rule(RuleNeeds.YEAR,
                "(?<a>" + UR_MONTH + ") (?:تا|سے(?: لے کر| لیکر)?|-|اور) (?<b>" + UR_MONTH + ")(?: تک)?(?: ,)? (?:سال )?(?<y>" + YEAR
                + ")", (r, m) -> ClaimPeriod.months(year(m, "y"), urduMonth(m.group("a")), year(m, "y"),
                urduMonth(m.group("b")), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<y>" + YEAR + ")(?: ء)? (?:کے|کی|میں) (?:ماہ )?(?<a>" + UR_MONTH + ") (?:تا|سے|-) (?<b>" + UR_MONTH
                + ")", (r, m) -> ClaimPeriod.months(year(m, "y"), urduMonth(m.group("a")), year(m, "y"),
                urduMonth(m.group("b")), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<y>" + YEAR + ")(?: ء)? (?:کی|کے) (?<h>پہلی|دوسری) ششماہی",
                (r, m) -> half(m.group("h").equals("پہلی") ? 1 : 2, year(m, "y"), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "\\b(?<y>" + YEAR + ")(?: ء)? (?:کے|کی) (?:پہلے|ابتدائی) (?<n>" + UR_COUNT + ") (?:ماہ|مہینوں|مہینے)",
                (r, m) -> ClaimPeriod.months(year(m, "y"), 1, year(m, "y"), urduCount(m.group("n")), m.group())));
        list.add(rule(RuleNeeds.YEAR,
                "(?<a>" + UR_MONTH + ")(?: ,)? (?<y>" + YEAR + ")",
                (r, m) -> ClaimPeriod.months(year(m, "y"), urduMonth(m.group("a")), year(m, "y"),
                        urduMonth(m.group("a")), m.group())));
        list.add(rule(RuleNeeds.words(List.of("سال")),
                "(?<w>گزشتہ|گذشتہ|پچھلے|رواں|موجودہ|اس) (?<f>مالی )?سال(?! \\d)",
                (r, m) -> r.relative(m.group("w").startsWith("گ") || m.group("w").equals("پچھلے"),
                        m.group("f") != null, m.group())));
    }

    private static int zhCount(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        List<String> characters = n.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        return (int) corridor.evidence.text.ChineseNumbers.read(characters).orElseThrow().value();
    }

    private static int urduMonth(String word) {
        return UR_MONTHS.indexOf(word) + 1;
    }

    private static int urduCount(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : UR_COUNTS.indexOf(n) + 1;
    }

    /** Last year or this year (calendar or fiscal) from the article's date; unresolved without one. */
    private ClaimPeriod relative(boolean last, boolean fiscal, String words) {
        if (published == null) {
            return ClaimPeriod.unresolved(words);
        }
        if (fiscal) {
            int currentEnd = published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear();
            return ClaimPeriod.fiscal(last ? currentEnd - 1 : currentEnd, words);
        }
        return ClaimPeriod.year(last ? published.getYear() - 1 : published.getYear(), words);
    }

    private static Rule rule(RuleNeeds needs, String regex, BiFunction<PeriodReader, Matcher, ClaimPeriod> read) {
        return new Rule(needs, Pattern.compile(regex), read);
    }

    /**
     * What a sentence must hold for a rule to be tried: a year written in digits, or one of some
     * words. Most sentences hold neither, and the rules' patterns are not run over them.
     */
    private record RuleNeeds(boolean year, List<String> words) {
        static final RuleNeeds YEAR = new RuleNeeds(true, List.of());

        static RuleNeeds words(List<String> words) {
            return new RuleNeeds(false, words);
        }

        boolean metBy(String text, boolean hasYear) {
            return year ? hasYear : words.stream().anyMatch(text::contains);
        }
    }

    /** The periods named in {@code text}; overlapping readings go to the rule listed first. */
    List<Mention> read(TokenText text) {
        boolean[] taken = new boolean[text.tokens().size()];
        List<Mention> found = new ArrayList<>();
        boolean hasYear = text.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER
                && YEAR_DIGITS.matcher(t.lower()).matches());
        for (Rule rule : RULES) {
            if (!rule.needs().metBy(text.text(), hasYear)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text.text());
            while (m.find()) {
                int first = text.tokenAt(m.start());
                int end = text.tokenAt(Math.max(m.start(), m.end() - 1)) + 1;
                if (anyTaken(taken, first, end)) {
                    continue;
                }
                ClaimPeriod period;
                try {
                    period = rule.read().apply(this, m);
                } catch (java.time.DateTimeException e) {
                    continue; // "the first 13 months of": not a period
                }
                if (period == null) {
                    continue;
                }
                for (int i = first; i < end; i++) {
                    taken[i] = true;
                }
                if (period != A_DAY) {
                    found.add(new Mention(first, end, period));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::firstToken));
        return sameMonthsBefore(found);
    }

    /**
     * "گزشتہ مالی سال کی اسی مدت" (the same months of the fiscal year before) read as the sentence's other
     * months a year earlier; left unresolved when the sentence names none.
     */
    private static List<Mention> sameMonthsBefore(List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.period().kind() != ClaimPeriod.Kind.UNRESOLVED || !m.period().words().contains(" اسی ")) {
                continue;
            }
            for (Mention other : found) {
                ClaimPeriod p = other.period();
                if (p.kind() == ClaimPeriod.Kind.EXACT && other != m) {
                    java.time.LocalDate start = p.exact().start().minusYears(1);
                    java.time.LocalDate end = p.exact().end().minusYears(1);
                    out.set(i, new Mention(m.firstToken(), m.endToken(), ClaimPeriod.months(start.getYear(),
                            start.getMonthValue(), end.getYear(), end.getMonthValue(), m.period().words())));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean anyTaken(boolean[] taken, int first, int end) {
        for (int i = first; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private ClaimPeriod relativeYear(Matcher m) {
        boolean last = m.group("w").equals("last") || m.group("w").equals("the past");
        return relative(last, m.group("f") != null, m.group());
    }

    /** The first {@code n} months (from July) of the fiscal year ending in June of {@code endYear}. */
    private static ClaimPeriod fiscalMonths(int endYear, int n, String words) {
        int last = 6 + n;
        return last <= 12 ? ClaimPeriod.months(endYear - 1, 7, endYear - 1, last, words)
                : ClaimPeriod.months(endYear - 1, 7, endYear, last - 12, words);
    }

    /** Quarter {@code which} (1 is July to September) of the fiscal year ending in June of {@code endYear}. */
    private static ClaimPeriod fiscalQuarter(int endYear, int which, String words) {
        int first = 7 + 3 * (which - 1);
        return first <= 12 ? ClaimPeriod.months(endYear - 1, first, endYear - 1, first + 2, words)
                : ClaimPeriod.months(endYear, first - 12, endYear, first - 10, words);
    }

    /** The last year of the fiscal year the article was published in. */
    private int currentFiscalEnd() {
        return published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear();
    }

    /** A duration of {@code n} of {@code unit} (years, decade, decades) ending near the article's date. */
    private ClaimPeriod duration(String n, String unit, String words) {
        int count = n == null || n.equals("a") || n.equals("one") ? 1 : count(n);
        return duration(unit.startsWith("decade") ? 10 * count : count, words);
    }

    /** A running total over about {@code years} years, ending in the article's year or up to 2 years before. */
    private ClaimPeriod duration(int years, String words) {
        return ClaimPeriod.duration(years, lagFrom(), publishedYear(), words);
    }

    /** The first {@code n} months of the article's year; unresolved without its date. */
    private ClaimPeriod firstMonths(int n, String words) {
        if (published == null) {
            return ClaimPeriod.unresolved(words);
        }
        return ClaimPeriod.months(published.getYear(), 1, published.getYear(), n, words);
    }

    private Integer publishedYear() {
        return published == null ? null : published.getYear();
    }

    private Integer lagFrom() {
        return published == null ? null : published.getYear() - ClaimPeriod.RUNNING_TOTAL_LAG_YEARS;
    }

    private static ClaimPeriod half(int which, int year, String words) {
        return which == 1 ? ClaimPeriod.months(year, 1, year, 6, words) : ClaimPeriod.months(year, 7, year, 12, words);
    }

    private static ClaimPeriod quarter(int which, int year, String words) {
        int first = 3 * (which - 1) + 1;
        return ClaimPeriod.months(year, first, year, first + 2, words);
    }

    private static int fiscalEnd(String a, String b) {
        String last = b != null ? b : a;
        int year = Integer.parseInt(last);
        return last.length() == 2 ? 2000 + year : year;
    }

    private static int year(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int count(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NumberWords.unit(n).orElseThrow();
    }

    static int month(String word) {
        String w = word.replace(" .", "");
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }
}
