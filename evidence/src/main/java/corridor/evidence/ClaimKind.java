package corridor.evidence;

/** The kinds of quantitative claim the {@link ClaimParser} reads. */
public enum ClaimKind {
    /** A value of an indicator in a period: "bilateral trade reached US$23.1 billion in 2024". */
    VALUE,
    /** A change between a period and the one before: "an increase of 11.1 percent from the previous year". */
    CHANGE,
    /** A count: jobs, SMEs, exploration areas: "236,000 direct jobs", "eight key areas". */
    COUNT
}
