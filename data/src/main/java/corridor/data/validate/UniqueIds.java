package corridor.data.validate;

import corridor.model.Dataset;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids unique within a layer, and across places, links, projects, incidents and minerals, which
 * share one namespace so that an id names one thing wherever it is cited.
 */
final class UniqueIds {

    private UniqueIds() {
    }

    static void check(Dataset dataset, Findings findings) {
        Map<String, Object> sources = new HashMap<>();
        dataset.sources().forEach(s -> unique(sources, s.id(), s, findings));
        Map<String, Object> indicators = new HashMap<>();
        dataset.indicators().forEach(i -> unique(indicators, i.id(), i, findings));
        Map<String, Object> shared = new HashMap<>();
        dataset.places().forEach(p -> unique(shared, p.id(), p, findings));
        dataset.links().forEach(l -> unique(shared, l.id(), l, findings));
        dataset.projects().forEach(p -> unique(shared, p.id(), p, findings));
        dataset.incidents().forEach(i -> unique(shared, i.id(), i, findings));
        dataset.minerals().forEach(m -> unique(shared, m.id(), m, findings));
    }

    /** An error when {@code id} is already in {@code seen}; else notes it there. */
    static void unique(Map<String, Object> seen, String id, Object record, Findings findings) {
        Object first = seen.putIfAbsent(id, record);
        if (first != null) {
            findings.error(record, "id", "duplicate id '" + id + "'; already used at " + findings.at(first));
        }
    }
}
