package corridor.routing.graph;

import corridor.model.vehicle.AccessExclusion;

import java.util.BitSet;
import java.util.Map;

/**
 * What access rules keep one vehicle off in one month, on one {@link RoutingGraph}: the links and
 * places it may not use, the arcs its turn restrictions close, and for each the rule that keeps it
 * off. Made per query by {@link RoutingGraph#access}; immutable once made (the bit sets are not to
 * be changed).
 *
 * @param blockedLinks links (indexes into {@link RoutingGraph#links()}) the vehicle may not use
 * @param blockedNodes places (node indexes) the vehicle may not pass
 * @param reasons      why, by link index for links and by {@code -1 - node} for places
 * @param blockedArcs  arcs the vehicle's turn restrictions close (see {@link RoutingGraph#copiesOf})
 * @param arcReasons   why, by {@link #arcKey} of the arc, for the arcs whose closing is a turn
 *                     restriction met (not for the arcs into a junction's copies, closed to the
 *                     vehicles the copy is not for)
 */
public record VehicleAccess(BitSet blockedLinks, BitSet blockedNodes, Map<Integer, AccessExclusion> reasons,
                            BitSet blockedArcs, Map<Integer, AccessExclusion> arcReasons) {

    /** Nothing blocked. */
    public static final VehicleAccess NONE = new VehicleAccess(new BitSet(), new BitSet(), Map.of());

    /** Keys of arcs start here: above every link index, and apart from the negative keys of places. */
    private static final int ARC_KEYS = 1 << 30;

    /** Access without turn restrictions. */
    public VehicleAccess(BitSet blockedLinks, BitSet blockedNodes, Map<Integer, AccessExclusion> reasons) {
        this(blockedLinks, blockedNodes, reasons, new BitSet(), Map.of());
    }

    /** The key of arc {@code arc} among the reasons ({@link #reason}, {@link #without}). */
    public static int arcKey(int arc) {
        return ARC_KEYS + arc;
    }

    /** Whether a key is an arc's ({@link #arcKey}) rather than a link's or a place's. */
    public static boolean isArcKey(int key) {
        return key >= ARC_KEYS;
    }

    /** The same access with the exclusion at {@code key} (a link index, {@code -1 - node} or an arc key) lifted. */
    public VehicleAccess without(int key) {
        return without(java.util.List.of(key));
    }

    /** The same access with the exclusions at every key of {@code keys} lifted (see {@link #without(int)}). */
    public VehicleAccess without(java.util.Collection<Integer> keys) {
        BitSet links = (BitSet) blockedLinks.clone();
        BitSet nodes = (BitSet) blockedNodes.clone();
        BitSet arcs = (BitSet) blockedArcs.clone();
        Map<Integer, AccessExclusion> rest = new java.util.HashMap<>(reasons);
        Map<Integer, AccessExclusion> restOfArcs = new java.util.HashMap<>(arcReasons);
        for (int key : keys) {
            if (isArcKey(key)) {
                arcs.clear(key - ARC_KEYS);
                restOfArcs.remove(key);
            } else if (key >= 0) {
                links.clear(key);
                rest.remove(key);
            } else {
                nodes.clear(-1 - key);
                rest.remove(key);
            }
        }
        return new VehicleAccess(links, nodes, rest, arcs, restOfArcs);
    }

    /** Whether the rules keep the vehicle off anything. */
    public boolean blocksAnything() {
        return !blockedLinks.isEmpty() || !blockedNodes.isEmpty() || !blockedArcs.isEmpty();
    }

    /** Why the exclusion at {@code key} (a link index, {@code -1 - node} or an arc key) holds, or null. */
    public AccessExclusion reason(int key) {
        return isArcKey(key) ? arcReasons.get(key) : reasons.get(key);
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
