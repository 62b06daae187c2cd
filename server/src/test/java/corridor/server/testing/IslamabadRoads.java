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
 * The built-in dataset with the real Islamabad extract ({@code osm/src/test/resources/osm/islamabad.osm.pbf},
 * © OpenStreetMap contributors, ODbL 1.0) imported by the real importer, every highway class from motorways
 * to service roads, so that the street tests see residential streets too. Imported once per test JVM, into a
 * directory under {@code target/}.
 */
public final class IslamabadRoads {

    /** The extract, read in place from the osm module's test resources. */
    public static final Path PBF = Path.of("..", "osm", "src", "test", "resources", "osm", "islamabad.osm.pbf");

    private static Path imported;

    private IslamabadRoads() {
    }

    /** The dataset directory, imported at the first call. */
    public static synchronized Path directory() {
        if (imported == null) {
            try {
                Path parent = Files.createDirectories(Path.of("target", "street-tests"));
                Path dir = Files.createTempDirectory(parent, "isb").resolve("isb");
                OsmImport.Options options = new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5);
                OsmImport.run(PBF, dir, options, new GraphHopperSegmentSource(1), line -> { });
                imported = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imported;
    }

    /** The dataset read back, with its roads. */
    public static Dataset dataset() {
        return DatasetReader.read(directory()).orThrow();
    }
}
