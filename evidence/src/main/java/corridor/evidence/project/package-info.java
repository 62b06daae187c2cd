/**
 * The project registry: {@link corridor.evidence.project.ProjectRegistry} selects projects by a
 * {@link corridor.evidence.project.ProjectFilter} and summarises them by a
 * {@link corridor.evidence.project.SummaryDimension} ({@link corridor.evidence.project.ProjectSummary} of
 * {@link corridor.evidence.project.ProjectGroup}s: counts, costs never converted, jobs with the unknown counted
 * apart), beside the counts the published lists give ({@link corridor.evidence.project.PublishedLists}).
 * May use: corridor.model.
 */
package corridor.evidence.project;
