package corridor.cli.dataset;

import corridor.cli.common.InputFile;
import corridor.data.imports.DatasetImport;
import corridor.data.imports.ImportBatch;
import corridor.data.imports.ImportKind;
import corridor.data.imports.ImportOptions;
import corridor.data.imports.ImportResult;
import corridor.data.imports.Importers;
import corridor.data.imports.RejectedRow;
import corridor.data.imports.RejectsFile;
import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code corridor import KIND FILE --into DIR}: reads a file in a public format into a dataset
 * directory, all or nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a file in a public format into a dataset directory: comtrade (UN Comtrade CSV: "
                + "trade flows as indicators), gcdf (AidData GCDF 3.0 CSV: projects; only rows recommended for "
                + "aggregates are summed), acled (ACLED CSV: incidents), geojson (features of one layer, --layer), "
                + "osm (OpenStreetMap PBF: street-level roads into roads.bin, places joined to them; --bbox, --highways).",
                "The import goes into DIR, after the records already there; a new or empty DIR first gets a copy of "
                        + "the built-in dataset. Use the result with --data DIR.",
                "All or nothing: a bad row stops the import with file, line, column and reason, and nothing is "
                        + "written. With --skip-bad-rows the good rows go in and the rejected ones go to a file with "
                        + "their reasons. Every record cites a source generated for the file (publisher, file name, "
                        + "checksum, date of import) and keeps its file, row and the dataset's own source fields in its note."})
public final class ImportCommand implements Runnable {

    /** Largest table or GeoJSON file imported: it is held in memory twice (bytes, then text) while rows are read. */
    static final int MAX_FILE_BYTES = 512 << 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "comtrade, gcdf, acled, geojson or osm")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to import (comtrade, gcdf, acled, geojson: "
            + "at most " + (MAX_FILE_BYTES >> 20) + " MiB)")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "DIR",
            description = "dataset directory to import into; a new or empty one gets the built-in dataset first")
    Path into;

    @Option(names = "--skip-bad-rows", description = "import the good rows and set the bad ones aside")
    boolean skipBadRows;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "where the rows set aside go (default: FILE.rejects.csv beside the dataset directory, so an "
                    + "input in a read-only place imports)")
    Path rejects;

    @Option(names = "--phase", paramLabel = "PHASE", description = "gcdf: the CPEC phase the projects are filed "
            + "under, 1 or 2.0 (AidData records none)")
    String phase;

    @Option(names = "--recipient", paramLabel = "ISO3", description = "gcdf: import only the rows of this "
            + "recipient country (PAK); the others are counted and left out. Default: every row")
    String recipient;

    @Option(names = "--layer", paramLabel = "LAYER", description = "geojson: places, links, projects, incidents or minerals")
    String layer;

    @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "osm: keep only the roads inside this box (degrees)")
    String bbox;

    @Option(names = "--highways", paramLabel = "CLASSES", split = ",", description = "osm: the highway classes to "
            + "import (default motorway,motorway_link,trunk,trunk_link,primary,primary_link,secondary,secondary_link,"
            + "tertiary,tertiary_link)")
    java.util.List<String> highways;

    @Option(names = "--reader", paramLabel = "READER", defaultValue = "graphhopper", description = "osm: "
            + OsmReaders.DESCRIPTION)
    String reader;

    @Option(names = "--join-km", paramLabel = "KM", defaultValue = "5", description = "osm: how far a place may be "
            + "from a junction to be joined to the roads (default ${DEFAULT-VALUE} km)")
    double joinKm;

    @Override
    public void run() {
        if ("osm".equals(kind)) {
            InputFile.argument(file).path();
            new OsmImportRun(spec, file, into, bbox, highways, joinKm, reader).run();
            return;
        }
        ImportKind importKind;
        try {
            importKind = ImportKind.parse(kind);
        } catch (InputException e) {
            // osm is not a record importer of corridor.data.imports: it is handled above, so name it here
            throw InputException.ofParameter("KIND", "unknown kind '" + kind + "'; expected one of "
                    + java.util.Arrays.stream(ImportKind.values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", ")) + ", osm");
        }
        byte[] bytes = read(file);
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options = new ImportOptions(skipBadRows, phase, layer, LocalDate.now(),
                rows -> showProgress(err, rows), recipient);
        String name = file.getFileName().toString();
        ImportBatch batch = Importers.read(importKind, name, bytes, options);
        if (batch.rowsRead() >= ImportOptions.PROGRESS_EVERY) {
            err.println();
        }
        ImportResult result = DatasetImport.apply(into, batch, skipBadRows);
        report(result, name);
    }

    /** A counter on stderr, rewritten in place, for imports long enough to need one. */
    private static void showProgress(PrintWriter err, long rows) {
        if (rows >= ImportOptions.PROGRESS_EVERY) {
            err.print("\rread " + rows + " rows");
            err.flush();
        }
    }

    private static byte[] read(Path file) {
        return InputFile.argument(file).readBytes(MAX_FILE_BYTES, "import it in parts (split by year or region)");
    }

    private void report(ImportResult result, String name) {
        PrintWriter out = spec.commandLine().getOut();
        ImportBatch batch = result.batch();
        result.recovered().forEach(line -> spec.commandLine().getErr().println("corridor: " + line));
        if (result.createdDataset()) {
            out.println("copied the built-in dataset into " + result.directory());
        }
        out.println(name + ": read " + batch.rowsRead() + " rows; imported " + result.imported().size()
                + " into " + result.directory().resolve(batch.layerFile()) + "; rejected " + result.rejected().size());
        if (!result.sourceId().isEmpty()) {
            out.println("source: " + result.sourceId() + " (in sources.csv; cited by every imported record)");
        }
        result.totals().forEach(line -> out.println(line));
        if (!result.rejected().isEmpty()) {
            Path rejectsFile = rejects != null ? rejects
                    : result.directory().toAbsolutePath().normalize().resolveSibling(name + ".rejects.csv");
            RejectsFile.write(rejectsFile, result.rejected());
            out.println("rejected rows and their reasons: " + rejectsFile);
            result.rejected().stream().limit(5).map(RejectedRow::message).forEach(m -> out.println("  " + m));
            if (result.rejected().size() > 5) {
                out.println("  ... and " + (result.rejected().size() - 5) + " more");
            }
        }
    }
}
