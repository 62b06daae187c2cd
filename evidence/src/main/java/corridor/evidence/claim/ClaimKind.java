package corridor.evidence.claim;

/** The kinds of quantitative claim the {@link ClaimReader} reads. */
public enum ClaimKind {
    /** An amount or a quantity with a unit: "bilateral trade reached US$23.1 billion in 2024", "146 km". */
    VALUE,
    /** A change between a period and the one before: "an increase of 11.1 percent from the previous year". */
    CHANGE,
    /** A count: jobs, SMEs, exploration areas: "236,000 direct jobs", "eight key areas". */
    COUNT
}
