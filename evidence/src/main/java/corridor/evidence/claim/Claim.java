package corridor.evidence.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * A quantitative claim as read from text.
 *
 * @param text         the sentence the claim was read from
 * @param kind         value, change or count
 * @param subjects     what the figure is about: "cpec" for the corridor as a whole, or the ids of the
 *                     links or projects the sentence names; empty when nothing in the data matches
 * @param measures     the indicator measures that may back it, most specific first ({@code trade.total};
 *                     {@code jobs.direct}); empty when no measure in the data matches the words
 * @param value        the claimed figure in {@code unit} (23.1e9 for "US$23.1 billion", 11.1 for "11.1%")
 * @param unit         {@code USD}, {@code PKR}, {@code CNY}, {@code percent}, {@code percentage points},
 *                     {@code km}, {@code tonnes}, {@code MW} or {@code count}
 * @param bound        how the figure is qualified
 * @param tolerance    how far a value may lie from the figure and still support it, in {@code unit}:
 *                     half a unit of the last digit written (23.1 billion: 0.05 billion; eight: 0.5)
 * @param period       the period the claim names; null when it names none and any period may back it (up to
 *                     {@code published}, when known)
 * @param figureText   the figure as written ("nearly 28 billion dollars")
 * @param start        offset of the figure's first character in {@code text}
 * @param end          offset just after its last character
 * @param published    the date of the article the claim was read from; null when unknown. A claim naming no
 *                     period cannot mean a value for a period that starts after it
 * @param places       for a length in km, the two places of the network the sentence says it is between (and the
 *                     mode it is by), to check it against a route; null when it names no two places
 */
public record Claim(String text, ClaimKind kind, List<String> subjects, List<String> measures, double value,
                    String unit, Bound bound, double tolerance, ClaimPeriod period, String figureText, int start,
                    int end, LocalDate published, PlacePair places) {

    public Claim {
        subjects = List.copyOf(subjects);
        measures = List.copyOf(measures);
    }

    /** Whether the claim names a period. */
    public boolean hasPeriod() {
        return period != null;
    }

    /** The period in the data's notation ({@code 2024}, {@code FY2024}) or its words; null when none. */
    public String periodLabel() {
        return period == null ? null : period.label();
    }

    /** Whether the figure is a distance between two places of the network ({@link #places}). */
    public boolean isDistanceBetweenPlaces() {
        return places != null;
    }

    /** Whether the figure was tied to a measure in the data. */
    public boolean hasMeasure() {
        return !measures.isEmpty();
    }
}
