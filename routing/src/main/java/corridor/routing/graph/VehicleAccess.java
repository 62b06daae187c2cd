package corridor.routing.graph;

import corridor.model.vehicle.AccessExclusion;

import java.util.BitSet;
import java.util.Map;

/**
 * What access rules keep one vehicle off in one month, on one {@link RoutingGraph}: the links and
 * places it may not use, and for each the rule that keeps it off. Made per query by
 * {@link RoutingGraph#access}; immutable once made.
 *
 * @param blockedLinks links (indexes into {@link RoutingGraph#links()}) the vehicle may not use
 * @param blockedNodes places (node indexes) the vehicle may not pass
 * @param reasons      why, by link index for links and by {@code -1 - node} for places
 */
public record VehicleAccess(BitSet blockedLinks, BitSet blockedNodes, Map<Integer, AccessExclusion> reasons) {

    /** Nothing blocked. */
    public static final VehicleAccess NONE = new VehicleAccess(new BitSet(), new BitSet(), Map.of());

    /** The same access with the exclusion at {@code key} (a link index, or {@code -1 - node}) lifted. */
    public VehicleAccess without(int key) {
        BitSet links = (BitSet) blockedLinks.clone();
        BitSet nodes = (BitSet) blockedNodes.clone();
        if (key >= 0) {
            links.clear(key);
        } else {
            nodes.clear(-1 - key);
        }
        Map<Integer, AccessExclusion> rest = new java.util.HashMap<>(reasons);
        rest.remove(key);
        return new VehicleAccess(links, nodes, rest);
    }

    /** Whether the rules keep the vehicle off anything. */
    public boolean blocksAnything() {
        return !blockedLinks.isEmpty() || !blockedNodes.isEmpty();
    }

    /** Why link {@code link} is blocked, or null. */
    public AccessExclusion ofLink(int link) {
        return reasons.get(link);
    }

    /** Why node {@code node} is blocked, or null. */
    public AccessExclusion ofNode(int node) {
        return reasons.get(-1 - node);
    }
}
