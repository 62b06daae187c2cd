package corridor.api.monitor;

import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Indicators as CSV ({@code corridor monitor report --format csv}): {@code subject,id,month} and
 * every figure of the table, in table order, under its name; numbers with four decimals, counts
 * whole, unknown values empty. Stateless and thread-safe.
 */
public final class IndicatorCsv {

    private IndicatorCsv() {
    }

    /** The header line, without a line break. */
    public static String header() {
        List<String> columns = new ArrayList<>(List.of("subject", "id", "month"));
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            columns.add(d.key());
        }
        return String.join(",", columns);
    }

    /** One indicator as a CSV line, without a line break. */
    public static String row(Indicator i) {
        List<String> cells = new ArrayList<>(List.of(i.key().subject().label(), quoted(i.key().id()), i.key().month()));
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            Object value = d.value(i);
            cells.add(switch (d.unit()) {
                case COUNT -> Long.toString((Long) value);
                case MONTH -> value == null ? "" : (String) value;
                default -> value == null ? "" : String.format(Locale.ROOT, "%.4f", (Double) value);
            });
        }
        return String.join(",", cells);
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
