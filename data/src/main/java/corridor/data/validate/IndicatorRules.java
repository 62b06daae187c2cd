package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Indicator values: a subject that exists (cpec, or a project, link or place); a unit and a value
 * that fit the measure ({@link MeasureUnits}); a period that has begun by the dataset's date.
 */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static void check(Dataset dataset, DatasetDate datasetDate, Findings findings) {
        Set<String> subjects = new HashSet<>();
        subjects.add("cpec");
        dataset.projects().forEach(p -> subjects.add(p.id()));
        dataset.links().forEach(l -> subjects.add(l.id()));
        dataset.places().forEach(p -> subjects.add(p.id()));
        for (IndicatorValue indicator : dataset.indicators()) {
            if (!subjects.contains(indicator.subject())) {
                findings.missing(indicator, "subject", "subject", indicator.subject(), "unknown subject '"
                        + indicator.subject() + "'; expected cpec or the id of a project, link or place",
                        DatasetFiles.PROJECTS, DatasetFiles.LINKS, DatasetFiles.PLACES);
            }
            Optional<String> unit = MeasureUnits.unitProblem(indicator.measure(), indicator.unit());
            unit.ifPresent(message -> findings.error(indicator, "unit", message));
            if (unit.isEmpty()) {
                MeasureUnits.valueProblem(indicator.measure(), indicator.unit(), indicator.value())
                        .ifPresent(message -> findings.error(indicator, "value", message));
            }
            LocalDate start = indicator.period() == null ? null : indicator.period().start();
            if (start != null && datasetDate.isExceededBy(start)) {
                findings.error(indicator, "period", indicator.period().label() + " starts " + start + ", later than "
                        + datasetDate.describe() + "; a value is published for a period that has begun");
            }
        }
    }
}
