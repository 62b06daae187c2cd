package corridor.data;

import corridor.data.load.DatasetFiles;
import corridor.data.load.DatasetLoad;
import corridor.model.Dataset;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exporting the built-in dataset gives a directory that reads back to the same dataset. */
class BuiltInDatasetExportTest {

    @TempDir
    Path dir;

    @Test
    void textOfABuiltInFileIsWhatTheExportWrites() throws IOException {
        BuiltInDataset.exportTo(dir);

        assertThat(BuiltInDataset.text("od-pairs.csv")).startsWith("from,to,note")
                .isEqualTo(Files.readString(dir.resolve("od-pairs.csv")));
        assertThatThrownBy(() -> BuiltInDataset.text("no-such-file.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the built-in dataset has no no-such-file.csv");
    }

    @Test
    void exportThenReadGivesTheSameRecords() {
        BuiltInDataset.exportTo(dir);
        DatasetLoad exported = DatasetReader.read(dir);
        Dataset builtIn = BuiltInDataset.load();
        assertThat(exported.errors()).isEmpty();
        Dataset copy = exported.dataset();
        assertThat(copy.sources()).hasSameSizeAs(builtIn.sources()).isEqualTo(builtIn.sources());
        assertThat(copy.modeDefaults()).isEqualTo(builtIn.modeDefaults());
        assertThat(copy.places()).hasSameSizeAs(builtIn.places()).isEqualTo(builtIn.places());
        assertThat(copy.links()).hasSameSizeAs(builtIn.links()).isEqualTo(builtIn.links());
        assertThat(copy.projects()).hasSameSizeAs(builtIn.projects());
        assertThat(copy.indicators()).hasSameSizeAs(builtIn.indicators());
        assertThat(copy.incidents()).hasSameSizeAs(builtIn.incidents());
        assertThat(copy.minerals()).hasSameSizeAs(builtIn.minerals());
    }

    @Test
    void exportWritesEveryIndexedFile() {
        BuiltInDataset.exportTo(dir);
        assertThat(BuiltInDataset.fileNames()).containsAll(DatasetFiles.ALL)
                .allSatisfy(name -> assertThat(dir.resolve(name)).isRegularFile());
    }

    @Test
    void exportRefusesToOverwriteAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("places.geojson"), "mine");
        assertThatThrownBy(() -> BuiltInDataset.exportTo(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("places.geojson").hasMessageContaining("refusing to overwrite");
        assertThat(Files.readString(dir.resolve("places.geojson"))).isEqualTo("mine");
        assertThat(dir.resolve("links.geojson")).doesNotExist();
    }

    @Test
    void anEditedExportIsReadFromTheDirectory() throws IOException {
        BuiltInDataset.exportTo(dir);
        Path places = dir.resolve("places.geojson");
        Files.writeString(places, Files.readString(places).replace("\"name\": \"Gilgit\"", "\"name\": \"Gilgit town\""));
        Dataset edited = DatasetReader.read(dir).orThrow();
        assertThat(edited.place("gilgit").orElseThrow().name()).isEqualTo("Gilgit town");
    }
}
