package corridor.server.testing;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.network.RoadLayer;
import corridor.osm.GraphHopperSegmentSource;
import corridor.osm.OsmImport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built-in dataset with a real OpenStreetMap extract of the osm module's test resources
 * ({@code osm/src/test/resources/osm/}, © OpenStreetMap contributors, ODbL 1.0) imported by the real
 * importer, every highway class from motorways to service roads, so that the street tests see residential
 * streets too. Each extract is imported once per test JVM, into a directory under {@code target/}.
 */
public enum ImportedRoads {

    /** Islamabad and Rawalpindi: 46,277 segments with every class. */
    ISLAMABAD("islamabad"),
    /** Andorra, where {@link #ANDORRA_TRACE} was recorded. */
    ANDORRA("andorra");

    /** A real GPS trace recorded in Andorra (21 points, 0.675 km; its provenance beside it). */
    public static final Path ANDORRA_TRACE = Path.of("..", "osm", "src", "test", "resources", "osm", "andorra-trace.gpx");

    private final String extract;
    private Path imported;

    ImportedRoads(String extract) {
        this.extract = extract;
    }

    /** The extract, read in place from the osm module's test resources. */
    public Path pbf() {
        return Path.of("..", "osm", "src", "test", "resources", "osm", extract + ".osm.pbf");
    }

    /** The dataset directory, imported at the first call. */
    public synchronized Path directory() {
        if (imported == null) {
            try {
                Path parent = Files.createDirectories(Path.of("target", "street-tests"));
                Path dir = Files.createTempDirectory(parent, extract).resolve(extract);
                OsmImport.Options options = new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5);
                OsmImport.run(pbf(), dir, options, new GraphHopperSegmentSource(1), line -> { });
                imported = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imported;
    }

    /** The dataset read back, with its roads. */
    public Dataset dataset() {
        return DatasetReader.read(directory()).orThrow();
    }
}
