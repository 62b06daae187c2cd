package corridor.api.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.Subject;

/**
 * An {@link Indicator} as a JSON object, and the table of {@link IndicatorDefinition}s as JSON: the
 * same wherever indicators are written ({@code corridor monitor report --format json}, the
 * server's {@code /api/monitor/indicators}). Keys are the table's names; unknown values are JSON
 * {@code null}. Stateless and thread-safe.
 */
public final class IndicatorJson {

    private IndicatorJson() {
    }

    /** Puts subject, id and month and every figure of the table, in table order, into {@code row}. */
    public static ObjectNode put(ObjectNode row, Indicator i) {
        row.put("subject", i.key().subject().label());
        row.put("id", i.key().id());
        row.put("month", i.key().month());
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            put(row, d, i);
        }
        return row;
    }

    /** Puts one figure of {@code i} under its name: an integer, a number, a month or null. */
    static void put(ObjectNode node, IndicatorDefinition d, Indicator i) {
        Object value = d.value(i);
        switch (d.unit()) {
            case COUNT -> node.put(d.key(), (Long) value);
            case MONTH -> node.put(d.key(), (String) value);
            default -> node.put(d.key(), (Double) value);
        }
    }

    /**
     * Adds one object per row of the table to {@code list}: {@code key}, {@code label},
     * {@code abbreviation}, {@code unit}, {@code subjects}, {@code meaning}, {@code aggregation} and
     * {@code reference} (empty when none), for legends and tables that name the figures.
     */
    public static ArrayNode definitions(ArrayNode list) {
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            ObjectNode node = list.addObject();
            node.put("key", d.key());
            node.put("label", d.label());
            node.put("abbreviation", d.abbreviation());
            node.put("unit", d.unit().symbol());
            ArrayNode subjects = node.putArray("subjects");
            for (Subject s : Subject.values()) {
                if (d.appliesTo(s)) {
                    subjects.add(s.label());
                }
            }
            node.put("meaning", d.meaning());
            node.put("aggregation", d.aggregation());
            node.put("reference", d.reference());
        }
        return list;
    }
}
