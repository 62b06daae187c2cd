package corridor.api.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.monitor.indicator.Indicator;

/**
 * The fields of an {@link Indicator} as JSON, the same wherever indicators are written (the CLI's
 * {@code monitor report --format json}, the server's {@code /api/monitor/indicators}). Unknown
 * values are JSON {@code null}. Stateless and thread-safe.
 */
public final class IndicatorJson {

    private IndicatorJson() {
    }

    /** Puts every field of {@code i} into {@code row}: subject, id, month and the figures with their units. */
    public static ObjectNode put(ObjectNode row, Indicator i) {
        row.put("subject", i.key().subject().label());
        row.put("id", i.key().id());
        row.put("month", i.key().month());
        row.put("count", i.count());
        row.put("mean_hours", i.meanHours());
        row.put("min_hours", i.minHours());
        row.put("max_hours", i.maxHours());
        row.put("p50_hours", i.p50Hours());
        row.put("p80_hours", i.p80Hours());
        row.put("p95_hours", i.p95Hours());
        row.put("buffer_index", i.bufferIndex());
        row.put("planning_time_index", i.planningTimeIndex());
        row.put("mean_distance_km", i.meanDistanceKm());
        row.put("swod_kmh", i.swodKmh());
        row.put("swd_kmh", i.swdKmh());
        row.put("mean_cost_usd", i.meanCostUsd());
        row.put("cost_count", i.costCount());
        row.put("tfi3_usd", i.tfi3Usd());
        row.put("freight_count", i.freightCount());
        row.put("previous_month", i.previousMonth());
        row.put("buffer_index_change", i.bufferIndexChange());
        row.put("planning_time_index_change", i.planningTimeIndexChange());
        return row;
    }
}
