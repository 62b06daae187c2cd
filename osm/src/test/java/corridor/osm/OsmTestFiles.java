package corridor.osm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The real extracts of {@code src/test/resources/osm}, copied to a test's directory. */
final class OsmTestFiles {

    private OsmTestFiles() {
    }

    static Path copy(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = OsmTestFiles.class.getResourceAsStream("/osm/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource osm/" + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Andorra test dataset (places and the N-145 link beyond the border) in {@code dir}. */
    static Path andorraDataset(Path dir) {
        for (String file : List.of("sources.csv", "modes.csv", "places.geojson", "links.geojson")) {
            copy("andorra-dataset/" + file, dir);
        }
        return dir.resolve("andorra-dataset");
    }

    /** An import that says nothing. */
    static OsmImport.Result quietImport(Path pbf, Path dir, OsmImport.Options options) {
        return OsmImport.run(pbf, dir, options, new GraphHopperSegmentSource(2), line -> { });
    }
}
