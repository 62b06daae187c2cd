package corridor.cli.dataset;

import corridor.api.roads.RoadLayerSummary;
import corridor.cli.common.DataCommand;
import corridor.data.DatasetSummary;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** {@code corridor info}: what a dataset holds, by layer, mode, status and kind, and how well it is sourced. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Counts by layer, mode and status; share of records with a resolving source.")
public final class InfoCommand extends DataCommand implements Runnable {

    @Override
    public void run() {
        DatasetSummary summary = DatasetSummary.of(data.dataset());
        PrintWriter out = out();
        out.println("Dataset: " + summary.name() + " (" + data.label() + ")");
        out.println();
        section(out, "Records by layer", summary.recordsByLayer());
        section(out, "Links by mode", summary.linksByMode());
        section(out, "Links by status", summary.linksByStatus());
        section(out, "Places by kind", summary.placesByKind());
        section(out, "Projects by status", summary.projectsByStatus());
        out.printf(Locale.ROOT, "Records with a resolving source: %d of %d (%.1f%%)%n",
                summary.recordsWithResolvingSource(), summary.citingRecords(), 100 * summary.resolvingSourceShare());
        out.println();
        RoadLayerSummary.of(data.dataset().roads()).lines(20).forEach(out::println);
    }

    private static void section(PrintWriter out, String title, Map<?, Integer> counts) {
        out.println(title);
        counts.forEach((key, count) -> out.printf(Locale.ROOT, "  %-24s %6d%n", label(key), count));
        out.println();
    }

    private static String label(Object key) {
        return key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
    }
}
