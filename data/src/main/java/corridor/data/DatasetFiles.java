package corridor.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files of a dataset, from a directory or from the classpath. */
abstract class DatasetFiles {

    static final String SOURCES = "sources.csv";
    static final String MODES = "modes.csv";
    static final String PLACES = "places.geojson";
    static final String CALENDARS = "calendars.csv";
    static final String LINKS = "links.geojson";
    static final String PROJECTS = "projects.geojson";
    static final String INDICATORS = "indicators.csv";
    static final String INCIDENTS = "incidents.geojson";
    static final String MINERALS = "minerals.geojson";
    static final String SECTIONS = "sections.csv";

    /** The files of DATASET.md, in the order they are read and reported. */
    static final List<String> ALL = List.of(SOURCES, MODES, PLACES, CALENDARS, LINKS, PROJECTS, INDICATORS,
            INCIDENTS, MINERALS, SECTIONS);

    /** Files a dataset must have; the others may be absent. */
    static final List<String> REQUIRED = List.of(SOURCES, MODES, PLACES, LINKS);

    /** The dataset's name, such as "cpec". */
    abstract String name();

    /** The text of a file, or empty when the file is absent. */
    abstract Optional<String> read(String fileName) throws IOException;

    static DatasetFiles directory(Path dir) {
        return new DatasetFiles() {
            @Override
            String name() {
                Path fileName = dir.toAbsolutePath().normalize().getFileName();
                return fileName == null ? dir.toString() : fileName.toString();
            }

            @Override
            Optional<String> read(String fileName) throws IOException {
                Path file = dir.resolve(fileName);
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            }
        };
    }

    static DatasetFiles builtIn() {
        return new DatasetFiles() {
            @Override
            String name() {
                return "cpec";
            }

            @Override
            Optional<String> read(String fileName) throws IOException {
                try (InputStream in = BuiltInDataset.open(fileName)) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        };
    }
}
