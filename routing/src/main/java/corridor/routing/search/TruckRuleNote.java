package corridor.routing.search;

import corridor.model.network.BorderRule;
import corridor.model.network.Place;
import corridor.routing.graph.RoutingGraph;

import java.util.Locale;
import java.util.Optional;

/**
 * The note a border leg carries for its crossing's truck rule (which trucks cross, where goods
 * change trucks), naming the rule, the place and its sources. The rule adds no time: no
 * transshipment time is published, so the crossing's time stands for clearance and the change
 * of trucks, and the note says so. Stateless; thread-safe.
 */
final class TruckRuleNote {

    private TruckRuleNote() {
    }

    /** The note for the crossing {@code border}; empty when its place has no truck rule. */
    static Optional<String> of(RoutingGraph g, int border) {
        Place crossing = g.place(border);
        BorderRule rule = crossing.border() == null ? null : crossing.border().truckRule();
        if (rule == null) {
            return Optional.empty();
        }
        String kind = rule.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String at = "";
        if (rule.atPlaceId() != null) {
            int node = g.placeIndex(rule.atPlaceId());
            at = " at " + (node >= 0 ? g.place(node).name() : rule.atPlaceId());
        }
        String time = rule.kind() == BorderRule.Kind.TRANSSHIPMENT
                ? "; no transshipment time published: the crossing time stands for it" : "";
        return Optional.of("truck rule " + crossing.id() + " (" + kind + at + "): " + rule.text()
                + " (sources: " + String.join(", ", rule.provenance().sourceIds()) + "; "
                + rule.provenance().confidence().name().toLowerCase(Locale.ROOT) + ")" + time);
    }
}
