package corridor.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test resources of the importers and a base dataset directory to import into. */
final class ImportFixture {

    static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    static final List<String> BASE_FILES = List.of("sources.csv", "modes.csv", "places.geojson", "links.geojson",
            "projects.geojson", "indicators.csv");

    private ImportFixture() {
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportFixture.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource imports/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the base dataset into {@code dir}/dataset and returns that directory. */
    static Path baseDataset(Path dir) {
        Path dataset = dir.resolve("dataset");
        try {
            Files.createDirectories(dataset);
            for (String name : BASE_FILES) {
                Files.write(dataset.resolve(name), resource("base/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    /** Every file of a directory and its bytes, to show that nothing changed. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Hidden staging directories left in {@code dir}: there must be none. */
    static List<Path> leftovers(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.getFileName().toString().startsWith(".corridor-import-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
