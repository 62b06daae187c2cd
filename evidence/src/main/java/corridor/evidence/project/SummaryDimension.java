package corridor.evidence.project;

import corridor.model.record.Project;

import java.util.Locale;

/** What projects are grouped by in a {@link ProjectSummary}. */
public enum SummaryDimension {
    PILLAR,
    SECTOR,
    STATUS;

    /** The group key of a project: the lower-case name of its value, or "none" for a project without a pillar. */
    public String keyOf(Project project) {
        Enum<?> value = switch (this) {
            case PILLAR -> project.pillar();
            case SECTOR -> project.sector();
            case STATUS -> project.status();
        };
        return value == null ? NONE : value.name().toLowerCase(Locale.ROOT);
    }

    /** The key of projects that have no value for the dimension (only pillars may be unset). */
    public static final String NONE = "none";
}
