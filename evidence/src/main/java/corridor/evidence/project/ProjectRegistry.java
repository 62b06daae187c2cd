package corridor.evidence.project;

import corridor.model.record.Project;

import java.util.Comparator;
import java.util.List;

/**
 * The registry of a corridor's projects: selection by phase, pillar, sector and status, and
 * summaries of a selection. Works on the records given to it; reads nothing. Immutable; thread-safe.
 */
public final class ProjectRegistry {

    private final List<Project> projects;

    /** A registry of {@code projects}, kept in order of phase, then sector, then name. */
    public ProjectRegistry(List<Project> projects) {
        this.projects = projects.stream()
                .sorted(Comparator.comparing(Project::phase).thenComparing(Project::sector)
                        .thenComparing(Project::name).thenComparing(Project::id))
                .toList();
    }

    /** Every project of the registry. */
    public List<Project> all() {
        return projects;
    }

    /** The projects that meet {@code filter}. */
    public List<Project> select(ProjectFilter filter) {
        return projects.stream().filter(filter::matches).toList();
    }

    /** The projects that meet {@code filter}, grouped by {@code dimension}, with no published list counts. */
    public ProjectSummary summarize(ProjectFilter filter, SummaryDimension dimension) {
        return ProjectSummary.of(select(filter), dimension);
    }

    /**
     * The projects that meet {@code filter}, grouped by {@code dimension}; by sector, each group
     * carries the latest count {@code lists} give for its sector (for the filter's status when it
     * has one). A filter by phase or pillar gets no counts: the published lists are not cut that way.
     */
    public ProjectSummary summarize(ProjectFilter filter, SummaryDimension dimension, PublishedLists lists) {
        boolean comparable = filter.phase() == null && filter.pillar() == null;
        return ProjectSummary.of(select(filter), dimension, comparable ? lists : PublishedLists.NONE, filter.status());
    }
}
