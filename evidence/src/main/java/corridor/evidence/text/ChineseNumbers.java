package corridor.evidence.text;

import java.util.List;
import java.util.Optional;

/**
 * Numbers written in Chinese numerals, one character per token: "两千" (2,000), "二十三" (23),
 * "十一点一" (11.1), "三百五十万" (3.5 million), "二〇二四" (digit by digit, 2024). Stateless and
 * thread-safe.
 */
public final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of a Chinese digit ("零", "〇", "一" to "九", "两"), or -1. */
    private static int digit(String c) {
        if (c.length() != 1) {
            return -1;
        }
        if (c.equals("零")) {
            return 0;
        }
        if (c.equals("两") || c.equals("兩")) {
            return 2;
        }
        return DIGITS.indexOf(c.charAt(0));
    }

    private static long unit(String c) {
        return switch (c) {
            case "十" -> 10;
            case "百" -> 100;
            case "千" -> 1_000;
            case "万", "萬" -> 10_000;
            case "亿", "億" -> 100_000_000;
            default -> 0;
        };
    }

    /** Whether {@code token} can start a number in Chinese numerals: a digit other than zero, or "十". */
    public static boolean startsNumber(String token) {
        return digit(token) > 0 || token.equals("十");
    }

    /**
     * Reads the longest number in Chinese numerals at the start of {@code tokens} (one character
     * each), with the magnitude of the smallest part named (for its tolerance) and how many tokens
     * it took.
     *
     * @return empty when the first token does not start a number
     */
    public static Optional<NumberWords.Reading> read(List<String> tokens) {
        if (tokens.isEmpty() || !startsNumber(tokens.get(0))) {
            return Optional.empty();
        }
        int used = 0;
        while (used < tokens.size() && (digit(tokens.get(used)) >= 0 || unit(tokens.get(used)) > 0)) {
            used++;
        }
        List<String> whole = tokens.subList(0, used);
        if (whole.stream().allMatch(t -> digit(t) >= 0) && whole.size() > 1) {
            // digit by digit, as years are written: "二〇二四"
            StringBuilder s = new StringBuilder();
            whole.forEach(t -> s.append(digit(t)));
            return Optional.of(new NumberWords.Reading(Long.parseLong(s.toString()), 1, used));
        }
        long[] smallest = {Long.MAX_VALUE};
        long value = sections(whole, smallest);
        if (value < 0) {
            return Optional.empty();
        }
        // decimals: "十一点一"
        if (used + 1 < tokens.size() && tokens.get(used).equals("点") && digit(tokens.get(used + 1)) >= 0
                && smallest[0] <= 10) {
            StringBuilder decimals = new StringBuilder();
            int k = used + 1;
            while (k < tokens.size() && digit(tokens.get(k)) >= 0) {
                decimals.append(digit(tokens.get(k)));
                k++;
            }
            double exact = Double.parseDouble(value + "." + decimals);
            return Optional.of(new NumberWords.Reading(exact, Math.pow(10, -decimals.length()), k));
        }
        return Optional.of(new NumberWords.Reading(value, Math.max(1, smallest[0]), used));
    }

    /** The value of numerals with 亿 and 万 sections; -1 when they are in no order a number has. */
    private static long sections(List<String> tokens, long[] smallest) {
        for (String big : new String[] {"亿", "億", "万", "萬"}) {
            int at = tokens.lastIndexOf(big);
            if (at >= 0) {
                long high = at == 0 ? -1 : sections(tokens.subList(0, at), smallest);
                long[] lowSmallest = {Long.MAX_VALUE};
                long low = at + 1 == tokens.size() ? 0 : sections(tokens.subList(at + 1, tokens.size()), lowSmallest);
                if (high <= 0 || low < 0 || low >= unit(big)) {
                    return -1;
                }
                smallest[0] = low == 0 ? smallest[0] * unit(big) : lowSmallest[0];
                return high * unit(big) + low;
            }
        }
        return small(tokens, smallest);
    }

    /** Below ten thousand: "两千三百", "二十三", "十五", "三千零五". */
    private static long small(List<String> tokens, long[] smallest) {
        long total = 0;
        int pending = -1;
        long lastUnit = Long.MAX_VALUE;
        for (String t : tokens) {
            int d = digit(t);
            long u = unit(t);
            if (d >= 0) {
                if (pending > 0) {
                    return -1; // "二三": not one number
                }
                pending = d;
            } else if (u > 0 && u < lastUnit) {
                total += (pending < 0 ? 1 : pending) * u;
                smallest[0] = u;
                lastUnit = u;
                pending = -1;
            } else {
                return -1;
            }
        }
        if (pending > 0) {
            total += pending;
            smallest[0] = 1;
        }
        return total;
    }
}
