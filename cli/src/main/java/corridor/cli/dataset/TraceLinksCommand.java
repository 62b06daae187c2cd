package corridor.cli.dataset;

import corridor.cli.common.DataCommand;
import corridor.cli.common.InputFile;
import corridor.osm.LinkTracer;
import corridor.osm.LinkTracing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** {@code corridor trace-links --osm FILE --out DIR}: parses the options, runs {@link LinkTracing}, prints a table. */
@Command(name = "trace-links", mixinStandardHelpOptions = true,
        description = {"Traces the sketched geometry of road links along the roads of an OpenStreetMap extract: each "
                + "vertex of a link's sketch is a via point, the path between them follows the roads (preferring the "
                + "road number the link names), and the line, simplified, replaces the sketch; distance_km is kept.",
                "Links whose sketch is not wholly inside the extract, with no road path, or whose path is more than "
                        + "--max-longer-pct longer than their published distance (1.5 times the sketch when none is published) "
                        + "are skipped with the reason.",
                "The whole dataset is written to DIR (a new or empty directory, or the --data directory itself), "
                        + "all or nothing; traced links cite the extract (© OpenStreetMap contributors, ODbL)."})
public final class TraceLinksCommand extends DataCommand implements Runnable {

    @Option(names = "--osm", required = true, paramLabel = "FILE", description = "OpenStreetMap PBF extract")
    Path osm;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "where the traced dataset goes: a new or empty directory, or the --data directory itself")
    Path out;

    @Option(names = "--links", paramLabel = "ID", split = ",", description = "trace only these links (default: every road link)")
    List<String> links;

    @Option(names = "--max-gap-km", paramLabel = "KM", defaultValue = "5",
            description = "how far a sketch vertex may be from a road of the extract (default ${DEFAULT-VALUE} km)")
    double maxGapKm;

    @Option(names = "--max-longer-pct", paramLabel = "PCT", defaultValue = "10",
            description = "refuse a path longer than the published distance_km by more than this (default ${DEFAULT-VALUE}%%)")
    double maxLongerPct;

    @Option(names = "--tolerance-m", paramLabel = "M", defaultValue = "20",
            description = "Douglas-Peucker tolerance of the traced line (default ${DEFAULT-VALUE} m)")
    double toleranceM;

    @Option(names = "--reader", paramLabel = "READER", defaultValue = "graphhopper", description = OsmReaders.DESCRIPTION)
    String reader;

    @Override
    public void run() {
        InputFile.option("--osm", osm).path();
        LinkTracing.Options options = new LinkTracing.Options(links == null ? List.of() : links,
                new LinkTracer.Options(maxGapKm, maxLongerPct, toleranceM), LocalDate.now(ZoneOffset.UTC));
        PrintWriter err = err();
        LinkTracing.Result result = LinkTracing.run(osm, data.directory(), out, options, OsmReaders.source(reader),
                line -> {
                    err.println(line);
                    err.flush();
                });
        PrintWriter text = out();
        text.printf(Locale.ROOT, "%-34s %9s %9s %9s %7s  %s%n", "link", "sketch km", "traced km", "published", "diff %",
                "result");
        for (LinkTracer.Trace t : result.traces()) {
            text.printf(Locale.ROOT, "%-34s %9.1f %9s %9s %7s  %s%n", t.linkId(), t.sketchKm(), number(t.tracedKm(), "%.1f"),
                    number(t.publishedKm(), "%.1f"), number(t.differencePct(), "%+.1f"),
                    t.traced() ? "traced (" + t.geometry().points().size() + " points)" : "skipped: " + t.skipReason());
        }
        List<String> traced = result.tracedIds();
        text.printf(Locale.ROOT, "%d of %d links traced%n", traced.size(), result.traces().size());
        if (result.written()) {
            text.println("written to " + result.dir() + "; the traced links cite " + result.sourceId()
                    + " (© OpenStreetMap contributors, ODbL 1.0)");
        } else {
            text.println("nothing written: no link was traced");
        }
    }

    private static String number(Double value, String format) {
        return value == null ? "-" : String.format(Locale.ROOT, format, value);
    }
}
