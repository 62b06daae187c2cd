package corridor.monitor.trip;

import corridor.model.network.CorridorSection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the fixed corridor sections a trip covers. A trip covers a section when its link passes
 * include, one after the other, a complete pass of each of the section's links in the section's
 * order or in the reverse order; a trip may cover a section more than once (there and back).
 * Immutable and thread-safe.
 */
public final class SectionMatcher {

    private final List<CorridorSection> sections;

    /** A matcher of the dataset's fixed sections ({@code Dataset.sections()}). */
    public SectionMatcher(List<CorridorSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** The section passes of a trip's link passes (in trip order), ordered by entry. */
    public List<SectionPass> passes(List<LinkTraversal> traversals) {
        List<SectionPass> passes = new ArrayList<>();
        for (CorridorSection section : sections) {
            List<String> links = section.linkIds();
            int k = links.size();
            for (int i = 0; i + k <= traversals.size(); i++) {
                boolean forward = true;
                boolean backward = true;
                for (int j = 0; j < k && (forward || backward); j++) {
                    LinkTraversal pass = traversals.get(i + j);
                    forward &= pass.complete() && pass.linkId().equals(links.get(j));
                    backward &= pass.complete() && pass.linkId().equals(links.get(k - 1 - j));
                }
                if (forward || backward) {
                    passes.add(pass(section.id(), traversals.subList(i, i + k)));
                    i += k - 1;
                }
            }
        }
        passes.sort(java.util.Comparator.comparingLong(SectionPass::entryEpochSecond));
        return passes;
    }

    private static SectionPass pass(String id, List<LinkTraversal> run) {
        double moving = 0;
        double km = 0;
        for (LinkTraversal t : run) {
            moving += t.movingSeconds();
            km += t.distanceKm();
        }
        return new SectionPass(id, run.get(0).entryEpochSecond(), run.get(run.size() - 1).exitEpochSecond(), moving, km);
    }
}
