package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.model.Dataset;
import corridor.model.network.BorderRule;
import corridor.model.network.Place;
import corridor.model.source.Source;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A border crossing's {@code truck_rule}: the place where goods change trucks is in places.geojson,
 * and each of the rule's own sources is in sources.csv.
 */
final class BorderRules {

    private BorderRules() {
    }

    static void check(Dataset dataset, Findings findings) {
        Set<String> placeIds = dataset.places().stream().map(Place::id).collect(Collectors.toSet());
        Map<String, Source> sources = dataset.sourcesById();
        for (Place place : dataset.places()) {
            BorderRule rule = place.border() == null ? null : place.border().truckRule();
            if (rule == null) {
                continue;
            }
            if (rule.atPlaceId() != null && !placeIds.contains(rule.atPlaceId())) {
                findings.unknownPlace(place, "truck_rule_at", rule.atPlaceId());
            }
            for (String id : rule.provenance().sourceIds()) {
                if (!sources.containsKey(id)) {
                    findings.missing(place, "truck_rule_source", "source", id,
                            "unknown source '" + id + "'; not in sources.csv", DatasetFiles.SOURCES);
                }
            }
        }
    }
}
