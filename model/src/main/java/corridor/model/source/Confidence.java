package corridor.model.source;

/** How exactly a value is known. */
public enum Confidence {
    /** As published by the cited source. */
    REPORTED,
    /** Approximate: rounded, read off a map, or placed by description rather than survey. */
    APPROXIMATE
}
