package corridor.data.format;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the day fields of calendars.csv: {@code from} and {@code to} as a month ({@code 2024-01},
 * standing for its first or last day) or a day ({@code 2024-01-16}), and {@code closed_weekdays}
 * as {@code sat;sun}.
 */
public final class CalendarDays {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private CalendarDays() {
    }

    /** The first day of {@code field}: the day given, or the first day of the month given; null when empty or invalid (reported). */
    public static LocalDate first(Row row, String field, boolean required) {
        return parse(row, field, required, true);
    }

    /** The last day of {@code field}: the day given, or the last day of the month given; null when empty or invalid (reported). */
    public static LocalDate last(Row row, String field) {
        return parse(row, field, false, false);
    }

    private static LocalDate parse(Row row, String field, boolean required, boolean first) {
        String value = required ? row.required(field) : row.text(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            if (DAY.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        row.error(field, "invalid month or day '" + value + "'; expected YYYY-MM or YYYY-MM-DD");
        return null;
    }

    /** The days of the week in {@code field}, {@code ;}-separated three-letter English names; empty set when the field is empty. */
    public static Set<DayOfWeek> weekdays(Row row, String field) {
        String value = row.text(field);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (value.isEmpty()) {
            return days;
        }
        for (String item : value.split(";", -1)) {
            DayOfWeek day = WEEKDAYS.get(item.trim().toLowerCase(Locale.ROOT));
            if (day == null) {
                row.error(field, "invalid day of the week '" + item.trim() + "'; expected mon, tue, wed, thu, fri, sat or sun"
                        + " separated by ;");
                return days;
            }
            days.add(day);
        }
        if (days.size() == 7) {
            row.error(field, "closed on every day of the week; write open_months none instead");
        }
        return days;
    }
}
