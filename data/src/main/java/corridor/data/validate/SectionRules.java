package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.model.network.CorridorSection;
import corridor.model.Dataset;
import corridor.model.network.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corridor sections: unique ids; links that exist, each once; and a chain: each link shares an end
 * place with the next, and the section's path does not turn back at a shared place.
 */
final class SectionRules {

    private SectionRules() {
    }

    static void check(Dataset dataset, Findings findings) {
        Map<String, Object> seen = new HashMap<>();
        Map<String, Link> links = new HashMap<>();
        dataset.links().forEach(l -> links.putIfAbsent(l.id(), l));
        for (CorridorSection section : dataset.sections()) {
            UniqueIds.unique(seen, section.id(), section, findings);
            List<Link> chain = new ArrayList<>();
            for (String id : section.linkIds()) {
                Link link = links.get(id);
                if (link == null) {
                    findings.missing(section, "links", "link", id, "unknown link '" + id + "'; not in links.geojson",
                            DatasetFiles.LINKS);
                } else if (chain.contains(link)) {
                    findings.error(section, "links", "link '" + id + "' is listed twice");
                } else {
                    chain.add(link);
                }
            }
            if (chain.size() == section.linkIds().size()) {
                chained(section, chain, findings);
            }
        }
    }

    private static void chained(CorridorSection section, List<Link> chain, Findings findings) {
        // the place the section reaches after its first link
        String end = chain.size() == 1 ? null : sharedEnd(chain.get(0), chain.get(1));
        for (int k = 1; k < chain.size(); k++) {
            Link link = chain.get(k);
            if (end == null || !(link.fromId().equals(end) || link.toId().equals(end))) {
                findings.error(section, "links", "not a chain: '" + chain.get(k - 1).id() + "' and '" + link.id()
                        + "' share no end place" + (end == null ? "" : " (the section reaches '" + end + "')"));
                return;
            }
            end = other(link, end);
        }
    }

    /** The place two links meet at, or null. */
    private static String sharedEnd(Link a, Link b) {
        if (a.fromId().equals(b.fromId()) || a.fromId().equals(b.toId())) {
            return a.fromId();
        }
        return a.toId().equals(b.fromId()) || a.toId().equals(b.toId()) ? a.toId() : null;
    }

    private static String other(Link link, String end) {
        return link.fromId().equals(end) ? link.toId() : link.fromId();
    }
}
