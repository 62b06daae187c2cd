package corridor.model.record;

/** Where a project stands. */
public enum ProjectStatus {
    PROPOSED,
    PLANNED,
    UNDER_CONSTRUCTION,
    COMPLETED,
    SUSPENDED
}
