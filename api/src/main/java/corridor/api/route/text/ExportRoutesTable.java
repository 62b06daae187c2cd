package corridor.api.route.text;

import corridor.routing.analysis.ExportRoutes;
import corridor.routing.route.Route;
import corridor.routing.route.Totals;

import java.util.List;
import java.util.Locale;

/** The routes of mineral areas by each way out as a table ({@code corridor mineral-routes}). Stateless; thread-safe. */
public final class ExportRoutesTable {

    private ExportRoutesTable() {
    }

    /**
     * The rows: area, start (with the first mile), way out, destination, km, days, US$ per tonne ("+?"
     * where unknown parts are left out), and why there is no route where there is none.
     */
    public static String of(List<ExportRoutes.Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-44s %-28s %-40s %-24s %7s %6s %10s%n",
                "mineral area", "starts at (first mile)", "way out", "to", "km", "days", "USD/t"));
        boolean incomplete = false;
        for (ExportRoutes.Row row : rows) {
            String start = row.start().place().name() + " (" + Math.round(row.start().firstMileKm()) + " km)";
            String to = row.destination() == null ? "" : row.destination().name();
            if (row.result().found()) {
                Route route = row.result().route();
                Totals t = route.totals();
                incomplete |= route.hasUnknownCost();
                out.append(String.format(Locale.ROOT, "%-44s %-28s %-40s %-24s %7.0f %6.1f %10s%n",
                        Cells.cut(row.area().name(), 44), Cells.cut(start, 28), Cells.cut(row.way().label(), 40),
                        Cells.cut(to, 24), t.distanceKm(), t.hours() / 24,
                        String.format(Locale.ROOT, "%.1f", row.costUsdPerTonne()) + (route.hasUnknownCost() ? "+?" : "")));
            } else {
                out.append(String.format(Locale.ROOT, "%-44s %-28s %-40s %s%n", Cells.cut(row.area().name(), 44),
                        Cells.cut(start, 28), Cells.cut(row.way().label(), 40), "no route: " + row.result().whyNone()));
            }
        }
        out.append("The first mile, from the area to the nearest place on the network, is a straight line: it is not "
                + "routed and its cost is not counted.\n");
        if (incomplete) {
            out.append("+? : some costs on the way are unknown and not counted (see corridor route for the legs)\n");
        }
        return out.toString();
    }
}
