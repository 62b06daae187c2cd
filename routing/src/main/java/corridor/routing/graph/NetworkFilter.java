package corridor.routing.graph;

import corridor.model.network.Link;
import corridor.model.network.LinkStatus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which links a network holds, by status. Under either filter, a superseded link is left out when
 * every link that replaces it is in: the old road goes when the new one opens.
 */
public enum NetworkFilter {
    /** Links in service today: existing, and superseded ones whose successors are not open yet. */
    EXISTING,
    /** Also links planned or under construction, as if complete. */
    WITH_PLANNED;

    /** The links of {@code links} this filter keeps, in their order. */
    public List<Link> select(List<Link> links) {
        Set<String> kept = new HashSet<>();
        for (Link link : links) {
            if (admits(link.status())) {
                kept.add(link.id());
            }
        }
        return links.stream().filter(l -> admits(l.status()) || l.status() == LinkStatus.SUPERSEDED
                && (l.supersededBy().isEmpty() || !kept.containsAll(l.supersededBy()))).toList();
    }

    private boolean admits(LinkStatus status) {
        return status == LinkStatus.EXISTING
                || this == WITH_PLANNED && (status == LinkStatus.PLANNED || status == LinkStatus.UNDER_CONSTRUCTION);
    }
}
