package corridor.model.record;

/**
 * The sector of a project, as CPEC's own portfolio groups them. {@link #OTHER} holds what fits none of
 * them: the CPEC Authority's "other projects" (fibre optic cable, digital TV) and AidData records of
 * sectors such as trade policy or environmental protection.
 */
public enum Sector {
    ENERGY,
    TRANSPORT,
    INDUSTRY_SEZ,
    AGRICULTURE,
    MINING,
    SOCIAL,
    GWADAR,
    OTHER
}
