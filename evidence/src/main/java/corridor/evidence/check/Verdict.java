package corridor.evidence.check;

/** What the data say about a claim. */
public enum Verdict {
    /** Independent values in the data match the claim within its tolerance, and none disagrees. */
    SUPPORTED,
    /** Independent values exist for the claim's measure and period, and none matches. */
    CONTRADICTED,
    /**
     * The data hold values from different sources that disagree among themselves, and the claim
     * matches some of them (possibly only its own publisher's) but not the others.
     */
    DISPUTED,
    /**
     * The data cannot decide: no measure or no value for the claim's measure and period, values only
     * for other periods (a fiscal year against a calendar year), the only source is the claim's own
     * publisher, a value sits exactly on the claim's bound ("more than 100" against 100), or the
     * figure is in a currency the data hold no sourced exchange rate for.
     */
    UNVERIFIABLE
}
