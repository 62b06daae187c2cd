package corridor.evidence;

import java.util.List;

/**
 * A quantitative claim as read from text.
 *
 * @param text         the words the claim was read from
 * @param kind         value, change or count
 * @param measures     the indicator measures that may back it, most specific first
 *                     ({@code trade.total}; {@code jobs.direct})
 * @param value        the claimed figure in {@code unit} (23.1e9 for "US$23.1 billion", 11.1 for "11.1%")
 * @param unit         {@code USD}, {@code percent}, {@code jobs} or {@code count}
 * @param bound        how the figure is qualified
 * @param tolerance    how far a value may lie from the figure and still support it, in {@code unit}:
 *                     half a unit of the last digit written (23.1 billion: 0.05 billion; eight: 0.5)
 * @param periodLabel  the period in the data's notation ({@code 2024}, {@code FY2024}), or null when
 *                     the claim names none and any period may back it
 * @param figureText   the figure as written ("US$23.1 billion")
 */
public record Claim(String text, ClaimKind kind, List<String> measures, double value, String unit, Bound bound,
                    double tolerance, String periodLabel, String figureText) {

    public Claim {
        measures = List.copyOf(measures);
    }

    /** Whether the claim names a period. */
    public boolean hasPeriod() {
        return periodLabel != null;
    }
}
