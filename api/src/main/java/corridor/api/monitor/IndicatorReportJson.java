package corridor.api.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;

import java.util.List;
import java.util.TreeSet;

/**
 * The report of a monitoring state as JSON, one writer for {@code corridor monitor report --format
 * json} and {@code GET /api/monitor/indicators}: the ping and trip counts, the months the state
 * has, the indicator rows (each with its subject's name) and the table of definitions. Keys are
 * snake_case. Stateless and thread-safe.
 */
public final class IndicatorReportJson {

    private IndicatorReportJson() {
    }

    /**
     * Puts the report into {@code body}: {@code accepted_pings}, {@code rejected_pings} (all),
     * {@code rejected_by_reason}, {@code trips}, {@code unmatched_trips}, {@code months} (every
     * month of the state, sorted), {@code indicators} and {@code definitions}.
     *
     * @param rows  the indicators to list (filtered by the caller)
     * @param names the names of their subjects
     */
    public static ObjectNode put(ObjectNode body, Aggregates aggregates, List<Indicator> rows, SubjectNames names) {
        body.put("accepted_pings", aggregates.acceptedPings());
        body.put("rejected_pings", aggregates.rejectedTotal());
        body.set("rejected_by_reason", rejectedByReason(aggregates));
        body.put("trips", aggregates.trips());
        body.put("unmatched_trips", aggregates.unmatchedTrips());
        ArrayNode months = body.putArray("months");
        new TreeSet<>(aggregates.tallies().keySet().stream().map(k -> k.month()).toList()).forEach(months::add);
        ArrayNode list = body.putArray("indicators");
        for (Indicator indicator : rows) {
            IndicatorJson.put(list.addObject(), indicator).put("name", names.of(indicator.key().subject(),
                    indicator.key().id()));
        }
        IndicatorJson.definitions(body.putArray("definitions"));
        return body;
    }

    /** The pings {@code aggregates} rejected, counted by reason (the reason's label). */
    public static ObjectNode rejectedByReason(Aggregates aggregates) {
        ObjectNode reasons = JsonNodeFactory.instance.objectNode();
        aggregates.rejectedPings().forEach((reason, n) -> reasons.put(reason.label(), n));
        return reasons;
    }

    /** Puts the report of no state: no months, no indicators, and the definitions. */
    public static ObjectNode putEmpty(ObjectNode body) {
        body.putArray("months");
        body.putArray("indicators");
        IndicatorJson.definitions(body.putArray("definitions"));
        return body;
    }
}
