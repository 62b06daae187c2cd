package corridor.model;

/** The sector of a project, as CPEC's own portfolio groups them. */
public enum Sector {
    ENERGY,
    TRANSPORT,
    INDUSTRY_SEZ,
    AGRICULTURE,
    MINING,
    SOCIAL,
    GWADAR
}
