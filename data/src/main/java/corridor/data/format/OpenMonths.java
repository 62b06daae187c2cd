package corridor.data.format;

import java.time.Month;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code open_months} syntax of calendars.csv: {@code 4-11}, {@code 1-12}, {@code 12,1-3}, {@code none}. */
public final class OpenMonths {

    private static final Pattern ITEM = Pattern.compile("(\\d{1,2})(?:-(\\d{1,2}))?");

    private OpenMonths() {
    }

    /** The months, or empty when the text is not in the syntax. */
    public static Optional<Set<Month>> parse(String text) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        if (text.equals("none")) {
            return Optional.of(months);
        }
        for (String item : text.split(",", -1)) {
            Matcher matcher = ITEM.matcher(item.trim());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int first = Integer.parseInt(matcher.group(1));
            int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
            // A range runs forwards within one year; one over the new year is written 12,1-3.
            if (first < 1 || last > 12 || first > last) {
                return Optional.empty();
            }
            for (int m = first; m <= last; m++) {
                months.add(Month.of(m));
            }
        }
        return Optional.of(months);
    }
}
