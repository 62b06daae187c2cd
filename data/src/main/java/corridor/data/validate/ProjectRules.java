package corridor.data.validate;

import corridor.model.Dataset;
import corridor.model.network.Place;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Projects: a place that exists; a completed project started and ended by the dataset's date, one
 * under construction started by it (the dates of a planned, proposed or suspended project may be
 * plans, so later).
 */
final class ProjectRules {

    private ProjectRules() {
    }

    static void check(Dataset dataset, DatasetDate datasetDate, Findings findings) {
        Map<String, Place> places = dataset.placesById();
        for (Project project : dataset.projects()) {
            if (project.placeId() != null && !project.placeId().isEmpty() && !places.containsKey(project.placeId())) {
                findings.unknownPlace(project, "place", project.placeId());
            }
            dates(project, datasetDate, findings);
        }
    }

    private static void dates(Project project, DatasetDate datasetDate, Findings findings) {
        ProjectStatus status = project.status();
        if (status == null) {
            return;
        }
        String state = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (status == ProjectStatus.COMPLETED || status == ProjectStatus.UNDER_CONSTRUCTION) {
            notLater(project, "start", project.start(), "a project " + state + " has started", datasetDate, findings);
        }
        if (status == ProjectStatus.COMPLETED) {
            notLater(project, "completion", project.completion(), "a completed project has ended", datasetDate,
                    findings);
        }
    }

    private static void notLater(Project project, String field, String partialDate, String why, DatasetDate datasetDate,
                                 Findings findings) {
        Optional<LocalDate> first = DatasetDate.firstDay(partialDate);
        if (first.isPresent() && datasetDate.isExceededBy(first.get())) {
            findings.error(project, field, partialDate + " is later than " + datasetDate.describe() + "; " + why);
        }
    }
}
