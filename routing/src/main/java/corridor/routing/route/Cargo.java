package corridor.routing.route;

import corridor.model.InputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of cargo, in tonnes. Costs and CO2 scale with it; times do not.
 *
 * @param tonnes the mass moved, in tonnes
 * @param label  how the user gave it ("20t", "1teu")
 */
public record Cargo(double tonnes, String label) {

    private static final Pattern AMOUNT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(t|tonnes?|teu)\\s*",
            Pattern.CASE_INSENSITIVE);

    public Cargo {
        if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
            throw new IllegalArgumentException("cargo must be a positive number of tonnes, got " + tonnes);
        }
    }

    /** So many tonnes. */
    public static Cargo tonnes(double tonnes) {
        return new Cargo(tonnes, formatNumber(tonnes) + "t");
    }

    /**
     * Parses {@code 20t}, {@code 20 tonnes} or {@code 1teu}; a TEU counts {@code tonnesPerTeu} tonnes.
     *
     * @throws InputException naming {@code parameter} when the text is not such an amount
     */
    public static Cargo parse(String text, double tonnesPerTeu, String parameter) {
        Matcher m = AMOUNT.matcher(text == null ? "" : text);
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw InputException.ofParameter(parameter, "expected a positive amount in tonnes or TEU, like 20t or 1teu; got '"
                    + text + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        boolean teu = m.group(2).toLowerCase(Locale.ROOT).equals("teu");
        if (Double.isInfinite(teu ? amount * tonnesPerTeu : amount)) {
            throw InputException.ofParameter(parameter, "too large to count in tonnes; got '" + text + "'");
        }
        return teu ? new Cargo(amount * tonnesPerTeu, formatNumber(amount) + " TEU (" + formatNumber(tonnesPerTeu)
                + " t per TEU)") : new Cargo(amount, formatNumber(amount) + " t");
    }

    private static String formatNumber(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
