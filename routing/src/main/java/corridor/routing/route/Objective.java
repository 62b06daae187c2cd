package corridor.routing.route;

import corridor.model.InputException;

import java.util.Arrays;
import java.util.Locale;

/** What a single-criterion search minimises. */
public enum Objective {
    /** Total hours, hub dwell and border crossings included. */
    TIME,
    /** Total US dollars: freight, handling and fees. */
    COST,
    /** Total kg of CO2. */
    CO2,
    /** Total risk points (see {@link corridor.routing.graph.RiskModel}); ties broken by time. */
    RISK;

    /** The weights that make a blend equal to this objective. */
    public Weights weights() {
        return switch (this) {
            case TIME -> new Weights(1, 0, 0, 0);
            case COST -> new Weights(Weights.TIE_BREAK, 1, 0, 0);
            case CO2 -> new Weights(Weights.TIE_BREAK, 0, 1, 0);
            case RISK -> new Weights(Weights.TIE_BREAK, 0, 0, 1);
        };
    }

    /** Parses a name, case-insensitively. */
    public static Objective parse(String text, String parameter) {
        for (Objective o : values()) {
            if (o.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return o;
            }
        }
        throw InputException.ofParameter(parameter, "unknown objective '" + text + "'; expected one of "
                + Arrays.stream(values()).map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
    }
}
