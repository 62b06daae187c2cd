package corridor.api.route.text;

import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.route.Objective;

import java.util.Locale;

/**
 * The criticality ranking as a table ({@code corridor criticality}, {@code corridor-spark criticality}).
 * Stateless; thread-safe.
 */
public final class CriticalityTable {

    private CriticalityTable() {
    }

    /** The first {@code limit} links of the ranking, the pairs each cuts off, and the pairs with no route at all. */
    public static String of(Criticality.Report report, int limit) {
        String unit = report.metric() == Objective.TIME ? "hours" : "US$";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%4s  %-40s %-9s %14s %9s %8s%n", "rank",
                "link", "mode", "extra " + unit, "rerouted", "cut off"));
        int rank = 0;
        for (Criticality.LinkImpact impact : report.impacts().subList(0, Math.min(limit, report.impacts().size()))) {
            out.append(String.format(Locale.ROOT, "%4d  %-40s %-9s %14.1f %9d %8d%n", ++rank,
                    Cells.cut(impact.link().id(), 40), impact.link().mode().name().toLowerCase(Locale.ROOT),
                    impact.extra(), impact.rerouted().size(), impact.cutOff().size()));
            for (OdPair pair : impact.cutOff()) {
                out.append("        cuts off ").append(pair.fromId()).append(" → ").append(pair.toId()).append('\n');
            }
        }
        for (OdPair pair : report.unreachable()) {
            out.append("no route at all for ").append(pair.fromId()).append(" → ").append(pair.toId()).append('\n');
        }
        return out.toString();
    }
}
