package corridor.evidence.check;

/** How one value in the data relates to a claim's figure. */
public enum Fit {
    /** Within the tolerance (or on the right side of the bound). */
    MATCHES,
    /** Outside it. */
    DIFFERS,
    /** Exactly on a strict bound: "more than 100" against a value of 100. */
    UNDECIDED,
    /** Not compared: the value is for another period; shown for context. */
    NOT_COMPARED
}
