package corridor.evidence.project;

import corridor.model.record.Pillar;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;

/**
 * Which projects to select: each criterion that is {@code null} lets every project through.
 *
 * @param phase  "1" or "2.0", or null for any phase
 * @param pillar a CPEC 2.0 pillar, or null for any (including projects without a pillar)
 * @param sector a sector, or null for any
 * @param status a status, or null for any
 */
public record ProjectFilter(String phase, Pillar pillar, Sector sector, ProjectStatus status) {

    /** Lets every project through. */
    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);

    /** Whether {@code project} meets every criterion that is set. */
    public boolean matches(Project project) {
        return (phase == null || phase.equals(project.phase()))
                && (pillar == null || pillar == project.pillar())
                && (sector == null || sector == project.sector())
                && (status == null || status == project.status());
    }
}
