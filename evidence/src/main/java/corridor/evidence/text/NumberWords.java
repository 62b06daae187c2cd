package corridor.evidence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * English numbers written in words: "eight", "twenty-eight", "a hundred", "seventy thousand",
 * "two hundred and thirty-six thousand", "twenty-seven point eight", "half a million". Stateless and thread-safe.
 */
public final class NumberWords {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final Map<String, Integer> UNITS = units();

    private NumberWords() {
    }

    /** A number read from words, with the magnitude of the smallest part named (for its tolerance). */
    public record Reading(double value, double smallestPart, int wordCount) {
    }

    /**
     * Reads the longest number in words at the start of {@code words} (lower-case, hyphenated
     * parts already split: "twenty", "eight"). "a"/"an" counts as one only before hundred,
     * thousand, million or billion; "and" only between parts.
     *
     * @return empty when the first word does not start a number
     */
    public static java.util.Optional<Reading> read(List<String> words) {
        if (words.size() >= 3 && words.get(0).equals("half") && (words.get(1).equals("a") || words.get(1).equals("an"))
                && MULTIPLIERS.containsKey(words.get(2))) {
            long m = MULTIPLIERS.get(words.get(2));
            return java.util.Optional.of(new Reading(m / 2.0, m / 10.0, 3)); // "half a million": to a tenth of a million
        }
        long total = 0;
        long group = 0;
        long smallest = 0;
        long lastLarge = Long.MAX_VALUE;
        int used = 0;
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Integer unit = UNITS.get(w);
            Long multiplier = MULTIPLIERS.get(w);
            if (unit != null) {
                if (group % 100 != 0 && (group % 100 >= 20 ? unit >= 10 || group % 10 != 0 : true)) {
                    break; // "eight nine" or "twenty thirty": a new number
                }
                group += unit;
                smallest = unit % 10 == 0 && unit >= 20 ? 10 : 1;
                any = true;
                used = i + 1;
            } else if (multiplier != null) {
                if (!any && !(i > 0 && (words.get(i - 1).equals("a") || words.get(i - 1).equals("an")))) {
                    break;
                }
                if (group == 0) {
                    group = 1;
                }
                if (multiplier == 100) {
                    if (group >= 100) {
                        break;
                    }
                    group *= 100;
                } else {
                    if (multiplier >= lastLarge) {
                        break;
                    }
                    lastLarge = multiplier;
                    total += group * multiplier;
                    group = 0;
                }
                smallest = multiplier;
                any = true;
                used = i + 1;
            } else if ((w.equals("a") || w.equals("an")) && !any && i + 1 < words.size()
                    && MULTIPLIERS.containsKey(words.get(i + 1))) {
                continue;
            } else if (w.equals("and") && any && i + 1 < words.size() && UNITS.containsKey(words.get(i + 1))) {
                continue;
            } else {
                break;
            }
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        long value = total + group;
        // "twenty-seven point eight": decimals, one digit word each, only after a whole number below a thousand
        if (total == 0 && used < words.size() && words.get(used).equals("point")) {
            StringBuilder decimals = new StringBuilder();
            int k = used + 1;
            while (k < words.size() && UNITS.containsKey(words.get(k)) && UNITS.get(words.get(k)) < 10) {
                decimals.append(UNITS.get(words.get(k)));
                k++;
            }
            if (!decimals.isEmpty()) {
                double exact = Double.parseDouble(value + "." + decimals);
                return java.util.Optional.of(new Reading(exact, Math.pow(10, -decimals.length()), k));
            }
        }
        return java.util.Optional.of(new Reading(value, Math.max(1, smallest), used));
    }

    /** Whether {@code word} can start a number in words. */
    public static boolean startsNumber(String word) {
        return UNITS.containsKey(word) && !word.equals("zero");
    }

    /** The value of a single number word, if it is one ("eight" is 8). */
    public static OptionalInt unit(String word) {
        Integer v = UNITS.get(word);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /**
     * {@code value} in words as a British writer spells it: 236000 is "two hundred and
     * thirty-six thousand". Values from 0 to 999,999,999,999.
     */
    public static String words(long value) {
        if (value < 0 || value >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        if (value == 0) {
            return "zero";
        }
        List<String> parts = new ArrayList<>();
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"billion", "million", "thousand"};
        long rest = value;
        for (int i = 0; i < scales.length; i++) {
            if (rest >= scales[i]) {
                parts.add(belowThousand((int) (rest / scales[i]), false) + " " + names[i]);
                rest %= scales[i];
            }
        }
        if (rest > 0) {
            parts.add(belowThousand((int) rest, !parts.isEmpty()));
        }
        return String.join(" ", parts);
    }

    private static String belowThousand(int n, boolean afterLarger) {
        StringBuilder s = new StringBuilder();
        if (n >= 100) {
            s.append(SMALL[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                s.append(" and ");
            }
        } else if (afterLarger) {
            s.append("and ");
        }
        if (n >= 20) {
            s.append(TENS[n / 10]);
            if (n % 10 > 0) {
                s.append('-').append(SMALL[n % 10]);
            }
        } else if (n > 0) {
            s.append(SMALL[n]);
        }
        return s.toString().strip();
    }

    private static Map<String, Integer> units() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < SMALL.length; i++) {
            m.put(SMALL[i], i);
        }
        for (int i = 2; i < TENS.length; i++) {
            m.put(TENS[i], i * 10);
        }
        return Map.copyOf(m);
    }
}
