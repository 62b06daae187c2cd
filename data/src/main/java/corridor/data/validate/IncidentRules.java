package corridor.data.validate;

import corridor.model.Dataset;
import corridor.model.record.Incident;

/** Incidents: none dated later than the dataset's date (an incident is reported after it happens). */
final class IncidentRules {

    private IncidentRules() {
    }

    static void check(Dataset dataset, DatasetDate datasetDate, Findings findings) {
        for (Incident incident : dataset.incidents()) {
            if (incident.date() != null && datasetDate.isExceededBy(incident.date())) {
                findings.error(incident, "date", incident.date() + " is later than " + datasetDate.describe()
                        + "; an incident is reported after it happens");
            }
        }
    }
}
