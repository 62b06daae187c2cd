package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.model.vehicle.AccessRule;
import corridor.model.Dataset;
import corridor.model.vehicle.Vehicle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Vehicles and access rules: unique ids in each file, and each rule on a link or place that exists. */
final class AccessRules {

    private AccessRules() {
    }

    static void check(Dataset dataset, Findings findings) {
        Map<String, Object> vehicles = new HashMap<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            UniqueIds.unique(vehicles, vehicle.id(), vehicle, findings);
        }
        Set<String> subjects = new HashSet<>();
        dataset.links().forEach(l -> subjects.add(l.id()));
        dataset.places().forEach(p -> subjects.add(p.id()));
        Map<String, Object> rules = new HashMap<>();
        for (AccessRule rule : dataset.accessRules()) {
            UniqueIds.unique(rules, rule.id(), rule, findings);
            if (!subjects.contains(rule.subjectId())) {
                findings.missing(rule, "subject", "link or place", rule.subjectId(), "unknown link or place '"
                        + rule.subjectId() + "'; not in links.geojson or places.geojson", DatasetFiles.LINKS,
                        DatasetFiles.PLACES);
            }
        }
    }
}
