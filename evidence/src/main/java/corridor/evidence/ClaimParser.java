package corridor.evidence;

import corridor.model.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative claims of the supported kinds from English text.
 *
 * <ul>
 *   <li>a value of an indicator in a period: a money figure ({@code $23.1 billion}, {@code US$ 25.4 bn})
 *       next to a word naming the indicator (bilateral trade, exports to China, investment);</li>
 *   <li>a change between a period and the one before: "up 11.1%", "an increase of 11.1 percent",
 *       "fell 3 per cent", of the same indicators;</li>
 *   <li>a count: a number (digits or a word up to twenty) followed within five words by jobs,
 *       SMEs (small and medium-sized enterprises) or exploration areas.</li>
 * </ul>
 *
 * <p>The period is read as the data writes it: "in 2024" is the calendar year {@code 2024};
 * "FY24", "FY2023-24" or "fiscal year 2023-24" is Pakistan's fiscal year {@code FY2024}. Without
 * one, any period may back the claim ("over the past decade"). A figure's tolerance is half a unit
 * of its last digit as written: "23.1 billion" allows 0.05 billion, "236,000" allows 0.5, "11.1%"
 * allows 0.05 percentage points.
 */
public final class ClaimParser {

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
    private static final Map<String, Integer> WORD_VALUES = wordValues();
    private static final String QUALIFIER = "(?<qual>more than|over|at least|nearly|almost|about|around|some"
            + "|approximately|roughly|up to|at most|less than|fewer than|under)?\\s*";

    private static final Pattern MONEY = Pattern.compile(QUALIFIER
            + "(?:us\\s?\\$|\\$|usd\\s?)\\s?(?<num>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<scale>trillion|billion|bn|million|mn)?\\b");
    private static final Pattern RISE = Pattern.compile("(?:\\bup|increase of|increased by|increase by|rise of|rose"
            + "|grew|growth of|jumped|jump of|gain of|gained|higher by)\\s+(?:by\\s+)?(?<num>\\d+(?:\\.\\d+)?)\\s*"
            + "(?:%|percent\\b|per cent\\b)");
    private static final Pattern FALL = Pattern.compile("(?:\\bdown|decrease of|decreased by|fell|decline of"
            + "|declined|dropped|drop of|fall of|lower by)\\s+(?:by\\s+)?(?<num>\\d+(?:\\.\\d+)?)\\s*"
            + "(?:%|percent\\b|per cent\\b)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,$])" + QUALIFIER
            + "\\b(?<num>\\d[\\d,]*|" + NUMBER_WORDS + ")(?<plus>\\+)?\\s+(?<mid>(?:[a-z-]+\\s+){0,5}?)"
            + "(?<noun>jobs|job opportunities|smes|small and medium[- ]sized enterprises"
            + "|small and medium enterprises|enterprises|areas|sites|targets)\\b");
    private static final Pattern FISCAL = Pattern.compile("\\b(?:fy\\s?'?|fiscal year\\s+)(?<first>\\d{4}|\\d{2})"
            + "(?:\\s?[-/\u2013]\\s?(?<second>\\d{4}|\\d{2}))?\\b");
    private static final Pattern CALENDAR = Pattern.compile("\\b(?:in|during|for|of)\\s+(?:the\\s+year\\s+)?"
            + "(?<year>(?:19|20)\\d{2})\\b(?![-/\u2013]\\d)");

    private ClaimParser() {
    }

    /**
     * The claims in {@code text}, in the order their figures appear.
     *
     * @throws InputException when the text holds no claim of a supported kind
     */
    public static List<Claim> parse(String text) {
        if (text == null || text.isBlank()) {
            throw InputException.ofParameter("claim", "empty; give the text of a quantitative claim");
        }
        String plain = text.replace('\u00a0', ' ').replace('\u2019', '\'');
        String lower = plain.toLowerCase(Locale.ROOT);
        // figures are quoted as written when lower-casing kept every index in place
        String original = lower.length() == plain.length() ? plain : lower;
        String period = period(lower);
        List<Located> found = new ArrayList<>();
        money(text, original, lower, period, found);
        change(text, original, lower, period, RISE, 1, found);
        change(text, original, lower, period, FALL, -1, found);
        count(text, original, lower, period, found);
        if (found.isEmpty()) {
            throw InputException.ofParameter("claim", "no quantitative claim of a supported kind found in '"
                    + text.strip() + "'; supported: a value of trade or investment (US$23.1 billion in 2024), "
                    + "a change (up 11.1% from the previous year), a count of jobs, SMEs or exploration areas");
        }
        found.sort(java.util.Comparator.comparingInt(Located::position));
        return found.stream().map(Located::claim).toList();
    }

    private record Located(int position, Claim claim) {
    }

    private static void money(String text, String original, String lower, String period, List<Located> found) {
        List<String> measures = moneyMeasures(lower);
        if (measures.isEmpty()) {
            return;
        }
        Matcher m = MONEY.matcher(lower);
        while (m.find()) {
            double scale = scale(m.group("scale"));
            String digits = m.group("num");
            double value = number(digits) * scale;
            double tolerance = halfUnit(digits) * scale;
            found.add(new Located(m.start("num"), new Claim(text, ClaimKind.VALUE, measures, value, "USD",
                    bound(m.group("qual"), false), tolerance, period, quote(original, m))));
        }
    }

    private static void change(String text, String original, String lower, String period, Pattern pattern, int sign,
                               List<Located> found) {
        List<String> measures = moneyMeasures(lower);
        if (measures.isEmpty()) {
            return;
        }
        Matcher m = pattern.matcher(lower);
        while (m.find()) {
            String digits = m.group("num");
            found.add(new Located(m.start("num"), new Claim(text, ClaimKind.CHANGE, measures, sign * number(digits),
                    "percent", Bound.EXACT, halfUnit(digits), period, quote(original, m))));
        }
    }

    private static void count(String text, String original, String lower, String period, List<Located> found) {
        Matcher m = COUNT.matcher(lower);
        while (m.find()) {
            String noun = m.group("noun");
            String words = m.group("mid") + noun;
            List<String> measures;
            String unit;
            if (noun.startsWith("job")) {
                measures = words.contains("direct") ? List.of("jobs.direct")
                        : words.contains("pakistani") || words.contains("local") ? List.of("jobs.pakistani")
                        : List.of("jobs.total", "jobs.direct", "jobs.pakistani");
                unit = "jobs";
            } else if (noun.contains("enterprises") || noun.equals("smes")) {
                if (!noun.equals("smes") && !noun.contains("small")) {
                    continue;
                }
                measures = List.of("smes.benefited");
                unit = "count";
            } else if (lower.matches("(?s).*\\b(rare earths?|rees?|exploration|neodymium)\\b.*")) {
                measures = List.of("minerals.ree_exploration_areas");
                unit = "count";
            } else {
                continue;
            }
            String digits = m.group("num");
            boolean plus = m.group("plus") != null;
            double value = WORD_VALUES.containsKey(digits) ? WORD_VALUES.get(digits) : number(digits);
            double tolerance = WORD_VALUES.containsKey(digits) ? 0.5 : halfUnit(digits);
            found.add(new Located(m.start("num"), new Claim(text, ClaimKind.COUNT, measures, value, unit,
                    bound(m.group("qual"), plus), tolerance, period, quote(original, m))));
        }
    }

    private static String quote(String original, Matcher m) {
        return original.substring(m.start(), m.end()).strip();
    }

    /** The measures a money figure or a change in the text may be about; empty when none is named. */
    static List<String> moneyMeasures(String lower) {
        if (lower.matches("(?s).*(pakistan's exports to china|exports from pakistan to china|exports to china"
                + "|china's imports from pakistan).*")) {
            return List.of("trade.exports.pk_to_cn");
        }
        if (lower.matches("(?s).*(china's exports to pakistan|exports from china to pakistan|imports from china"
                + "|pakistan's imports from china).*")) {
            return List.of("trade.exports.cn_to_pk");
        }
        if (lower.matches("(?s).*\\btrade\\b.*")) {
            return List.of("trade.total");
        }
        if (lower.matches("(?s).*\\b(investment|invested|investments)\\b.*")) {
            return List.of("investment.direct");
        }
        return List.of();
    }

    /** The period named in the text, in the data's notation, or null when it names none. */
    static String period(String lower) {
        Matcher fiscal = FISCAL.matcher(lower);
        if (fiscal.find()) {
            String last = fiscal.group("second") != null ? fiscal.group("second") : fiscal.group("first");
            return "FY" + fullYear(last);
        }
        Matcher calendar = CALENDAR.matcher(lower);
        return calendar.find() ? calendar.group("year") : null;
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Bound bound(String qualifier, boolean plus) {
        if (plus) {
            return Bound.MORE_THAN;
        }
        if (qualifier == null) {
            return Bound.EXACT;
        }
        return switch (qualifier) {
            case "more than", "over" -> Bound.MORE_THAN;
            case "at least" -> Bound.AT_LEAST;
            case "less than", "fewer than", "under" -> Bound.LESS_THAN;
            case "up to", "at most" -> Bound.AT_MOST;
            default -> Bound.APPROXIMATE;
        };
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "trillion" -> 1e12;
            case "billion", "bn" -> 1e9;
            default -> 1e6;
        };
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    /** Half a unit of the last digit written: 23.1 gives 0.05, 236,000 gives 0.5. */
    static double halfUnit(String digits) {
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        return 0.5 * Math.pow(10, -decimals);
    }

    private static Map<String, Integer> wordValues() {
        String[] words = NUMBER_WORDS.split("\\|");
        Map<String, Integer> values = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            values.put(words[i], i + 1);
        }
        return Map.copyOf(values);
    }
}
