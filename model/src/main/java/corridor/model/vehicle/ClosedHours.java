package corridor.model.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of each day an access rule is in force, on the local clock of the rule's place: from
 * {@code from} (included) to {@code to} (excluded), wrapping past midnight when {@code to} is not
 * after {@code from} (18:00-04:00 closes the night). Immutable and thread-safe.
 *
 * @param from the local time the daily window starts
 * @param to   the local time it ends (the earliest a vehicle it keeps off may enter)
 * @param zone the time zone of the local clock (Asia/Karachi for PKT)
 */
public record ClosedHours(LocalTime from, LocalTime to, ZoneId zone) {

    public ClosedHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.equals(to)) {
            throw new IllegalArgumentException("closed hours from " + from + " to " + to + " close nothing");
        }
    }

    /** Whether the window wraps past midnight (18:00-04:00). */
    public boolean wraps() {
        return !to.isAfter(from);
    }

    /** Whether a local time of day falls inside the window. */
    public boolean closedAt(LocalTime time) {
        return wraps() ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to);
    }

    /**
     * The local date-time the window that holds {@code local} ends, or {@code local} itself when the
     * window is open then.
     */
    public LocalDateTime endOfWindow(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        if (!closedAt(time)) {
            return local;
        }
        boolean endsTomorrow = wraps() && !time.isBefore(from);
        return local.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(to);
    }

    /** The date the window holding {@code local} started (the day before, after midnight in a wrapping window). */
    public LocalDate windowDay(LocalDateTime local) {
        boolean startedYesterday = wraps() && local.toLocalTime().isBefore(to);
        return local.toLocalDate().minusDays(startedYesterday ? 1 : 0);
    }

    /** Hours from {@code instant} to the end of the window holding it; 0 when open then. */
    public double hoursUntilOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = endOfWindow(local.toLocalDateTime()).atZone(zone);
        return Duration.between(local, end).toSeconds() / 3600.0;
    }

    /** "06:00-22:00" as written in access.csv. */
    public String text() {
        return from + "-" + to;
    }
}
