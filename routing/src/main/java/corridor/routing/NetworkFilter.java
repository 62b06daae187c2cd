package corridor.routing;

import corridor.model.Link;
import corridor.model.LinkStatus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which links a network holds, by status. */
public enum NetworkFilter {
    /** Links in service today: existing, and superseded ones (still used until their successor opens). */
    EXISTING,
    /**
     * Also links planned or under construction, as if complete; a superseded link is left out when
     * every link that replaces it is in.
     */
    WITH_PLANNED;

    /** The links of {@code links} this filter keeps, in their order. */
    public List<Link> select(List<Link> links) {
        if (this == EXISTING) {
            return links.stream().filter(l -> l.status().isInService()).toList();
        }
        Set<String> kept = new HashSet<>();
        for (Link link : links) {
            if (link.status() != LinkStatus.SUPERSEDED) {
                kept.add(link.id());
            }
        }
        return links.stream().filter(l -> l.status() != LinkStatus.SUPERSEDED
                || l.supersededBy().isEmpty() || !kept.containsAll(l.supersededBy())).toList();
    }
}
