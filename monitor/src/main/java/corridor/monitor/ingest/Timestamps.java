package corridor.monitor.ingest;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses ISO-8601 timestamps that carry a zone ({@code 2025-03-01T08:15:00Z},
 * {@code 2025-03-01T13:15:00+05:00}, {@code 2025-03-01T13:15:00+05:00[Asia/Karachi]}) to epoch seconds.
 *
 * <p>The common fixed-width forms are read by hand, because {@code java.time} parsing would cost
 * more than the rest of the pipeline per ping; anything else goes through {@link ZonedDateTime}.
 * A timestamp without a zone is refused: its instant would be a guess. Stateless.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The instant in epoch seconds (fractions dropped).
     *
     * @throws IllegalArgumentException with a reason when the text is not a zoned ISO-8601 timestamp
     */
    public static long parseEpochSecond(String text) {
        long fast = parseFast(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME).toEpochSecond();
        } catch (DateTimeException e) {
            if (text.length() >= 19 && text.length() <= 26 && !text.contains("Z") && text.lastIndexOf('+') < 0
                    && text.lastIndexOf('-') < 10) {
                throw new IllegalArgumentException("timestamp '" + text + "' has no zone; add Z or an offset such as +05:00");
            }
            throw new IllegalArgumentException("timestamp '" + text + "' is not ISO-8601 with a zone (2025-03-01T08:15:00Z)");
        }
    }

    /** Long.MIN_VALUE when the text is not in a fast form (the slow path then decides). */
    private static long parseFast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int i = 19;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i >= n) {
            return Long.MIN_VALUE;
        }
        int offsetSeconds;
        char sign = s.charAt(i);
        if (sign == 'Z' && i == n - 1) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && (n - i == 6 && s.charAt(i + 3) == ':' || n - i == 5)) {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, n - 2, 2);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (sign == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        } else {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month, day);
        return days * 86400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468L;
    }
}
