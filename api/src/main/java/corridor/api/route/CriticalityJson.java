package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;

import java.util.List;
import java.util.Locale;

/**
 * The criticality ranking as JSON ({@code criticality --format json}): the {@code metric} (time or
 * cost), the first links of the ranking ({@code link}, {@code name}, {@code mode}, {@code extra} hours
 * or US dollars summed over the pairs still routed, how many pairs were {@code rerouted}, and the pairs
 * {@code cut_off}), and the pairs {@code unreachable} even on the whole network; then {@code router} and
 * {@code router_note} ({@link RouteJson#putAnsweredBy}). Stateless; thread-safe.
 */
public final class CriticalityJson {

    private CriticalityJson() {
    }

    /** The ranking's first {@code top} links. */
    public static ObjectNode answer(Criticality.Report report, int top) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("metric", report.metric().name().toLowerCase(Locale.ROOT));
        ArrayNode links = root.putArray("links");
        for (Criticality.LinkImpact impact : report.impacts().subList(0, Math.min(top, report.impacts().size()))) {
            ObjectNode node = links.addObject();
            node.put("link", impact.link().id());
            node.put("name", impact.link().name());
            node.put("mode", impact.link().mode().name().toLowerCase(Locale.ROOT));
            node.put("extra", impact.extra());
            node.put("rerouted", impact.rerouted().size());
            node.set("cut_off", pairs(impact.cutOff()));
        }
        root.set("unreachable", pairs(report.unreachable()));
        RouteJson.putAnsweredBy(root, report.answeredBy());
        return root;
    }

    private static ArrayNode pairs(List<OdPair> pairs) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        pairs.forEach(p -> array.addObject().put("from", p.fromId()).put("to", p.toId()));
        return array;
    }
}
