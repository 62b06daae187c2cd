package corridor.cli.dataset;

import corridor.model.InputException;
import corridor.osm.OsmImport;
import corridor.osm.RoadTags;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code corridor import osm FILE --into DIR}: parses the options, runs {@link OsmImport}, reports. */
final class OsmImportRun {

    private final CommandSpec spec;
    private final Path file;
    private final Path into;
    private final String bbox;
    private final List<String> highways;
    private final double joinKm;
    private final String reader;

    OsmImportRun(CommandSpec spec, Path file, Path into, String bbox, List<String> highways, double joinKm,
                 String reader) {
        this.spec = spec;
        this.file = file;
        this.into = into;
        this.bbox = bbox;
        this.highways = highways;
        this.joinKm = joinKm;
        this.reader = reader;
    }

    void run() {
        OsmImport.Options options = new OsmImport.Options(parseBox(bbox),
                highways == null || highways.isEmpty() ? RoadTags.DEFAULT_CLASSES : highways, joinKm);
        PrintWriter err = spec.commandLine().getErr();
        OsmImport.Result result = OsmImport.run(file, into, options, OsmReaders.source(reader), line -> {
                    err.println(line);
                    err.flush();
                });
        PrintWriter out = spec.commandLine().getOut();
        if (result.created()) {
            out.println("copied the built-in dataset into " + result.dir());
        }
        out.printf(Locale.ROOT, "%s: %d road segments, %d junctions, %.1f km of road into %s%n", file.getFileName(),
                result.segments(), result.junctions(), result.roadKm(), result.dir().resolve("roads.bin"));
        out.println("source: " + result.sourceId() + " (in sources.csv; sha256 " + result.sha256()
                + ", OSM replication timestamp " + (result.timestamp() == null ? "not in the header" : result.timestamp())
                + ", © OpenStreetMap contributors, ODbL 1.0)");
        out.println("places joined to the roads: " + result.joinedPlaces().size()
                + (result.joinedPlaces().isEmpty() ? "" : " — " + String.join(", ", result.joinedPlaces())));
        out.println("turn restrictions: " + result.turnRestrictions() + " kept; left out: "
                + result.turnRestrictionsSkipped());
    }

    private static double[] parseBox(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new InputException("--bbox", "", "expected S,W,N,E (four numbers), got '" + text + "'");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InputException("--bbox", "", "'" + parts[i].trim() + "' is not a number");
            }
        }
        return box;
    }
}
