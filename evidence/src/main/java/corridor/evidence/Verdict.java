package corridor.evidence;

/** What the data say about a claim. */
public enum Verdict {
    /** An independent value in the data matches the claim within its tolerance. */
    SUPPORTED,
    /** Independent values exist for the claim's measure and period, and none matches. */
    CONTRADICTED,
    /**
     * The data cannot decide: no value for the measure and period, values only for other periods
     * (a fiscal year against a calendar year), the only source is the claim's own publisher, or a
     * value sits exactly on the claim's bound ("more than 100" against 100).
     */
    UNVERIFIABLE
}
