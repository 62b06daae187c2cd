package corridor.model.vehicle;

import corridor.model.source.Provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A legal limit on who may use a link or pass a place: classes of vehicle banned, or a maximum
 * weight, height or length, in force all year or in some months, and either always or only in some
 * hours of each day ({@link ClosedHours}, a city's daytime ban on heavy vehicles) between two dates.
 * A rule with closed hours never bars a vehicle outright: it makes it wait for the window to end
 * ({@link #excludes} ignores it; the router asks {@link #closesAt}). Immutable.
 *
 * @param id             unique key
 * @param subjectId      the id of the link or place it applies to
 * @param bannedClasses  classes of vehicle that may not use it; empty when none is banned by class
 * @param maxWeightTonnes the heaviest gross weight allowed, tonnes; {@code null} for no limit
 * @param maxHeightM     the tallest vehicle allowed, metres; {@code null} for no limit
 * @param maxLengthM     the longest vehicle allowed, metres; {@code null} for no limit
 * @param months         the months the rule is in force; empty for all year
 * @param provenance     sources and confidence (the note says what the rule is)
 * @param closedHours    the hours of each day the rule is in force, local time; {@code null} for all day
 * @param validFrom      the first day the closed hours are in force (inclusive, on their local clock);
 *                       {@code null} for no first day. Only with closed hours
 * @param validTo        the last day (inclusive); {@code null} for no last day. Only with closed hours
 */
public record AccessRule(String id, String subjectId, Set<VehicleClass> bannedClasses, Double maxWeightTonnes,
                         Double maxHeightM, Double maxLengthM, Set<Month> months, Provenance provenance,
                         ClosedHours closedHours, LocalDate validFrom, LocalDate validTo) {

    public AccessRule {
        // in the enums' order, not Set.copyOf's: its iteration order changes from one JVM to the next, and the
        // store hashes a dataset by its records as written (a rule of two classes read as a changed dataset)
        bannedClasses = bannedClasses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(bannedClasses));
        months = months.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(months));
        if (closedHours == null && (validFrom != null || validTo != null)) {
            throw new IllegalArgumentException("validity dates bound closed hours; rule " + id + " has none");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("rule " + id + " ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    /** A rule in force all day (no closed hours, no validity dates). */
    public AccessRule(String id, String subjectId, Set<VehicleClass> bannedClasses, Double maxWeightTonnes,
                      Double maxHeightM, Double maxLengthM, Set<Month> months, Provenance provenance) {
        this(id, subjectId, bannedClasses, maxWeightTonnes, maxHeightM, maxLengthM, months, provenance, null, null,
                null);
    }

    /** Whether the rule is in force in {@code month}. */
    public boolean inForce(Month month) {
        return months.isEmpty() || months.contains(month);
    }

    /**
     * Why the rule keeps {@code vehicle} off in {@code month} ("heavy_transport banned",
     * "height 4.2 m over the 4 m limit"), or {@code null} when it does not. A limit on a figure the
     * vehicle does not give does not exclude it.
     */
    public String excludes(Vehicle vehicle, Month month) {
        if (!inForce(month) || closedHours != null) {
            return null;
        }
        return limits(vehicle);
    }

    /**
     * Why the rule keeps {@code vehicle} off at the local date-time {@code local} of its closed hours'
     * clock, or {@code null} when it does not (open then, out of its dates or months, or a rule
     * without closed hours: those are {@link #excludes}'). A wrapping window that started before a
     * rule's last day holds until it ends.
     */
    public String closesAt(Vehicle vehicle, LocalDateTime local) {
        if (closedHours == null || !closedHours.closedAt(local.toLocalTime())) {
            return null;
        }
        LocalDate day = closedHours.windowDay(local);
        if (!inForce(day.getMonth()) || validFrom != null && day.isBefore(validFrom)
                || validTo != null && day.isAfter(validTo)) {
            return null;
        }
        return limits(vehicle);
    }

    /**
     * Hours {@code vehicle} waits to enter the rule's subject at {@code instant}: until the closed
     * hours holding it end, 0 when the rule does not keep the vehicle off then.
     */
    public double hoursUntilOpen(Vehicle vehicle, Instant instant) {
        if (closedHours == null || closesAt(vehicle, instant.atZone(closedHours.zone()).toLocalDateTime()) == null) {
            return 0;
        }
        return closedHours.hoursUntilOpen(instant);
    }

    /** Whether the rule's limits (class, weight, height, length) apply to {@code vehicle}, at any time. */
    public boolean appliesTo(Vehicle vehicle) {
        return limits(vehicle) != null;
    }

    private String limits(Vehicle vehicle) {
        if (bannedClasses.contains(vehicle.vehicleClass())) {
            return vehicle.vehicleClass().code() + " banned";
        }
        String over = over("gross weight", vehicle.grossWeightTonnes(), maxWeightTonnes, "t");
        over = over != null ? over : over("height", vehicle.heightM(), maxHeightM, "m");
        return over != null ? over : over("length", vehicle.lengthM(), maxLengthM, "m");
    }

    /** Whether the rule limits anything (a rule of no class, weight, height or length is of no use). */
    public boolean limitsAnything() {
        return !bannedClasses.isEmpty() || maxWeightTonnes != null || maxHeightM != null || maxLengthM != null;
    }

    /** The rule in a few words: "heavy_transport banned", "max height 4 m", with its months. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!bannedClasses.isEmpty()) {
            text.append(bannedClasses.stream().sorted().map(VehicleClass::code).collect(Collectors.joining(", ")))
                    .append(" banned");
        }
        append(text, "max weight", maxWeightTonnes, "t");
        append(text, "max height", maxHeightM, "m");
        append(text, "max length", maxLengthM, "m");
        if (!months.isEmpty()) {
            text.append(" in ").append(months.stream().sorted()
                    .map(m -> m.name().substring(0, 3).toLowerCase(Locale.ROOT)).collect(Collectors.joining(";")));
        }
        if (closedHours != null) {
            text.append(' ').append(closedHours.text());
        }
        if (validFrom != null || validTo != null) {
            text.append(" (").append(validFrom == null ? "until " + validTo
                    : validTo == null ? "from " + validFrom : validFrom + " to " + validTo).append(')');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String what, Double value, String unit) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : ", ").append(what).append(' ').append(number(value)).append(' ')
                    .append(unit);
        }
    }

    /**
     * "height 4.3 m over the 4 m limit" when {@code value} exceeds {@code limit}, else null (also
     * when either is unknown, null).
     */
    public static String over(String what, Double value, Double limit, String unit) {
        if (value == null || limit == null || value <= limit) {
            return null;
        }
        return what + " " + number(value) + " " + unit + " over the " + number(limit) + " " + unit + " limit";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
