package corridor.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a dataset (their names, as {@code data/DATASET.md} lists them), from a directory or
 * from the classpath. Implementations read a file each time they are asked; they keep no state.
 */
public abstract class DatasetFiles {

    public static final String SOURCES = "sources.csv";
    public static final String MODES = "modes.csv";
    public static final String PLACES = "places.geojson";
    public static final String CALENDARS = "calendars.csv";
    public static final String LINKS = "links.geojson";
    public static final String PROJECTS = "projects.geojson";
    public static final String INDICATORS = "indicators.csv";
    public static final String INCIDENTS = "incidents.geojson";
    public static final String MINERALS = "minerals.geojson";
    public static final String SECTIONS = "sections.csv";
    public static final String VEHICLES = "vehicles.csv";
    public static final String ACCESS = "access.csv";

    /** The files of DATASET.md, in the order they are read and reported. */
    public static final List<String> ALL = List.of(SOURCES, MODES, PLACES, CALENDARS, LINKS, PROJECTS, INDICATORS,
            INCIDENTS, MINERALS, SECTIONS, VEHICLES, ACCESS);

    /** Files a dataset must have; the others may be absent. */
    public static final List<String> REQUIRED = List.of(SOURCES, MODES, PLACES, LINKS);

    private DatasetFiles() {
    }

    /** The dataset's name, such as "cpec". */
    public abstract String name();

    /** The text of a file (UTF-8), or empty when the file is absent. */
    public abstract Optional<String> read(String fileName) throws IOException;

    /** The files of a directory; the dataset is named after the directory. */
    public static DatasetFiles directory(Path dir) {
        return new DatasetFiles() {
            @Override
            public String name() {
                Path fileName = dir.toAbsolutePath().normalize().getFileName();
                return fileName == null ? dir.toString() : fileName.toString();
            }

            @Override
            public Optional<String> read(String fileName) throws IOException {
                Path file = dir.resolve(fileName);
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            }
        };
    }

    /**
     * The files of a classpath folder (also inside a jar).
     *
     * @param name   the dataset's name
     * @param folder the resource folder, ending in '/' ({@code corridor/dataset/cpec/})
     */
    public static DatasetFiles resources(String name, ClassLoader loader, String folder) {
        return new DatasetFiles() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> read(String fileName) throws IOException {
                try (InputStream in = loader.getResourceAsStream(folder + fileName)) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        };
    }
}
