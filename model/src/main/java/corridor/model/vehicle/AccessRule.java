package corridor.model.vehicle;

import corridor.model.source.Provenance;

import java.time.Month;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A legal limit on who may use a link or pass a place: classes of vehicle banned, or a maximum
 * weight, height or length, in force all year or in some months. Immutable.
 *
 * @param id             unique key
 * @param subjectId      the id of the link or place it applies to
 * @param bannedClasses  classes of vehicle that may not use it; empty when none is banned by class
 * @param maxWeightTonnes the heaviest gross weight allowed, tonnes; {@code null} for no limit
 * @param maxHeightM     the tallest vehicle allowed, metres; {@code null} for no limit
 * @param maxLengthM     the longest vehicle allowed, metres; {@code null} for no limit
 * @param months         the months the rule is in force; empty for all year
 * @param provenance     sources and confidence (the note says what the rule is)
 */
public record AccessRule(String id, String subjectId, Set<VehicleClass> bannedClasses, Double maxWeightTonnes,
                         Double maxHeightM, Double maxLengthM, Set<Month> months, Provenance provenance) {

    public AccessRule {
        bannedClasses = bannedClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bannedClasses));
        months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
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
        if (!inForce(month)) {
            return null;
        }
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
