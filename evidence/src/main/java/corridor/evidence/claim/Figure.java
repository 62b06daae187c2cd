package corridor.evidence.claim;

/**
 * A figure as written in a sentence, before it is tied to a measure.
 *
 * @param firstToken  index of its first token (the qualifier's, when it has one)
 * @param endToken    index just after its last token
 * @param start       offset of its first character in the sentence
 * @param end         offset just after its last character
 * @param text        the figure as written ("nearly 28 billion dollars")
 * @param value       the figure in {@code unit}, scales applied (28e9 for "28 billion dollars"); negative for a fall
 * @param unit        {@code USD}, {@code PKR}, {@code CNY}, {@code percent}, {@code percentage points},
 *                    {@code km}, {@code tonnes}, {@code MW} or {@code count}
 * @param tolerance   half a unit of the last digit written, in {@code unit} (see evidence/README.md)
 * @param bound       how a qualifier bounds it
 * @param change      whether it is a change from the period before ("rose 11.1%")
 */
record Figure(int firstToken, int endToken, int start, int end, String text, double value, String unit,
              double tolerance, Bound bound, boolean change) {

    /** Whether the figure is money in any currency. */
    boolean isMoney() {
        return unit.equals("USD") || unit.equals("PKR") || unit.equals("CNY");
    }

    /** Whether the figure is a bare number (its subject must name what is counted). */
    boolean isCount() {
        return unit.equals("count");
    }
}
