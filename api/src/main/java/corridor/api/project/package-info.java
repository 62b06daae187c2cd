/**
 * Projects, shared by {@code corridor projects} and the API's {@code /api/projects} and
 * {@code /api/project-summary}: the phase filter read with one rule ({@link corridor.api.project.ProjectPhase})
 * and the summary's one JSON writer ({@link corridor.api.project.ProjectSummaryJson}), snake_case keys.
 * May use: corridor.api (sources and values), corridor.model, corridor.evidence.project, Jackson.
 */
package corridor.api.project;
