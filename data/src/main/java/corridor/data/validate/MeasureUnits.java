package corridor.data.validate;

import corridor.data.load.Numbers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The units each indicator measure may be written in, and the range of its values: the table of
 * {@code data/DATASET.md} (indicators.csv), derived from the measures of the built-in dataset.
 * A measure of a family the table does not know may use any known unit. Stateless; thread-safe.
 */
final class MeasureUnits {

    /** Currencies a money measure may be in (the evidence engine converts PKR and CNY only at a sourced rate). */
    static final List<String> MONEY = List.of("USD", "PKR", "CNY");
    /** Every unit an indicator may have, besides an exchange rate ({@code PKR/USD}). */
    static final List<String> KNOWN = List.of("USD", "PKR", "CNY", "percent", "jobs", "count", "km", "MW", "tonnes",
            "kWh");
    /** Units whose values are counted, so whole. */
    private static final Set<String> WHOLE = Set.of("count", "jobs");
    /** The unit of an exchange rate: units of a currency per US dollar. */
    private static final Pattern RATE_UNIT = Pattern.compile("[A-Z]{3}/USD");
    /** Lowest percent change: a quantity that cannot be negative falls by 100% at most. */
    static final double MIN_GROWTH_PERCENT = -100;

    /** A family of measures (by a pattern over the dotted name) and its units. */
    private record Family(Pattern measures, List<String> units) {
        Family(String regex, List<String> units) {
            this(Pattern.compile(regex), units);
        }
    }

    /** First match wins: the growth and balance suffixes before the families they end. */
    private static final List<Family> FAMILIES = List.of(
            new Family(".+\\.growth", List.of("percent")),
            new Family(".+\\.balance", MONEY),
            new Family("projects\\.completed\\.value", MONEY),
            new Family("(trade|investment|cost)(\\..+)?", MONEY),
            new Family("length", List.of("km")),
            new Family("power\\.generation(\\..+)?", List.of("kWh")),
            new Family("(port|border\\.[a-z0-9_]+)\\.cargo(\\..+)?", List.of("tonnes")),
            new Family("port\\.ship_calls|border\\.[a-z0-9_]+\\.(vehicles|passengers)", List.of("count")),
            new Family("jobs(\\..+)?", List.of("jobs")),
            new Family("(projects|sez|smes|minerals)\\..+", List.of("count")));

    private MeasureUnits() {
    }

    /** Whether {@code measure} is an exchange rate ({@code fx}, {@code fx.pkr}), whose unit is {@code CUR/USD}. */
    private static boolean isRate(String measure) {
        return measure.equals("fx") || measure.startsWith("fx.");
    }

    /**
     * What is wrong with {@code unit} for {@code measure}, or empty when it is allowed: one of the
     * measure's family, any of {@link #KNOWN} for a measure of no family, {@code CUR/USD} for an
     * exchange rate ({@code fx}, {@code fx.pkr}).
     */
    static Optional<String> unitProblem(String measure, String unit) {
        if (isRate(measure)) {
            return RATE_UNIT.matcher(unit).matches() ? Optional.empty() : Optional.of("unit '" + unit
                    + "' is not an exchange rate; measure '" + measure + "' is in units of a currency per US dollar,"
                    + " such as PKR/USD");
        }
        Optional<List<String>> family = familyUnits(measure);
        if (family.isPresent()) {
            return family.get().contains(unit) ? Optional.empty() : Optional.of("unit '" + unit
                    + "' does not fit measure '" + measure + "'; expected " + String.join(" or ", family.get()));
        }
        if (KNOWN.contains(unit)) {
            return Optional.empty();
        }
        return Optional.of("unknown unit '" + unit + "'; expected one of " + String.join(", ", KNOWN)
                + (RATE_UNIT.matcher(unit).matches() ? " (an exchange rate's measure is fx or fx.<currency>)" : ""));
    }

    /** The units of {@code measure}'s family; empty for a measure of no family (any of {@link #KNOWN}). */
    static Optional<List<String>> familyUnits(String measure) {
        return FAMILIES.stream().filter(f -> f.measures().matcher(measure).matches()).findFirst().map(Family::units);
    }

    /**
     * What is wrong with {@code value} of {@code measure} in {@code unit}, or empty when it is in range:
     * a change ({@code .growth}) is at least {@link #MIN_GROWTH_PERCENT}; a balance may have either
     * sign; another percentage is a share, 0 to 100; an exchange rate is above 0; counts are whole and
     * everything else (money, tonnes, km, kWh, MW) is 0 or more.
     */
    static Optional<String> valueProblem(String measure, String unit, double value) {
        String number = Numbers.format(value) + " " + unit;
        if (measure.endsWith(".growth")) {
            return value < MIN_GROWTH_PERCENT ? Optional.of(number + " is below " + Numbers.format(MIN_GROWTH_PERCENT)
                    + " percent: a change cannot take away more than everything") : Optional.empty();
        }
        if (measure.endsWith(".balance")) {
            return Optional.empty();
        }
        if (isRate(measure)) {
            return value > 0 ? Optional.empty() : Optional.of(number + " is not an exchange rate; it must be above 0");
        }
        if (unit.equals("percent") && value > 100) {
            return Optional.of(number + " is out of range 0 to 100 percent for a share (a change is a measure ending"
                    + " in .growth)");
        }
        if (value < 0) {
            return Optional.of("negative value " + number + "; measure '" + measure + "' cannot be below 0");
        }
        if (WHOLE.contains(unit) && value != Math.rint(value)) {
            return Optional.of(number + " is not a whole number; " + unit + " are counted");
        }
        return Optional.empty();
    }
}
