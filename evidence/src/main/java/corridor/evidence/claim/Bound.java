package corridor.evidence.claim;

/** How a claim qualifies its figure; the effect of each is in evidence/README.md. */
public enum Bound {
    /** The figure as written ("US$23.1 billion"), within half a unit of its last digit. */
    EXACT,
    /** "about", "around", "some", "approximately", "roughly": within 5% (or half a unit, if wider). */
    APPROXIMATE,
    /** "nearly", "almost", "close to": the true value is at most the figure and within 5% below it. */
    NEARLY,
    /** "more than", "over", "100+": the true value exceeds the figure. */
    MORE_THAN,
    /** "at least": the true value is the figure or more. */
    AT_LEAST,
    /** "less than", "under", "fewer than". */
    LESS_THAN,
    /** "up to", "at most". */
    AT_MOST
}
