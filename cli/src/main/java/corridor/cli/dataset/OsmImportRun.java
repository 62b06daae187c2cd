package corridor.cli.dataset;

import corridor.model.InputException;
import corridor.osm.OsmImport;
import corridor.osm.RoadTags;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code corridor import osm FILE --into DIR}: parses the options, runs {@link OsmImport}, reports.
 *
 * @param spec     the import command, for its output streams
 * @param bbox     {@code --bbox S,W,N,E} as given, or null for the whole file
 * @param highways the highway classes to import; null or empty for {@link RoadTags#DEFAULT_CLASSES}
 * @param joinKm   how far a place may be from a junction to be joined to the roads, km
 * @param reader   {@code --reader}: which OSM reader ({@link OsmReaders})
 */
record OsmImportRun(CommandSpec spec, Path file, Path into, String bbox, List<String> highways, double joinKm,
                    String reader) {

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
