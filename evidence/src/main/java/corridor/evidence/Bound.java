package corridor.evidence;

/** How a claim qualifies its figure. */
public enum Bound {
    /** The figure as written ("US$23.1 billion"), within half a unit of its last digit. */
    EXACT,
    /** "about", "around", "nearly", "some", "approximately": within 5%. */
    APPROXIMATE,
    /** "more than", "over", "100+": the true value exceeds the figure. */
    MORE_THAN,
    /** "at least": the true value is the figure or more. */
    AT_LEAST,
    /** "less than", "under", "fewer than". */
    LESS_THAN,
    /** "up to", "at most". */
    AT_MOST
}
