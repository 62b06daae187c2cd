package corridor.cli.dataset;

import corridor.cli.testing.CliRun;
import corridor.cli.testing.ServeProcess;
import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code corridor import} killed at each step of its commit, as a real process: the dataset is
 * always valid, a retry completes it (idempotent: the records are there once), and no staging
 * directory is left behind.
 */
class ImportCrashTest {

    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp";

    @TempDir
    Path temp;

    private Path acled(String name, String id) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, ACLED_HEADER + "\n" + id + ",2024-03-26,2024,1,Political violence,Explosions/Remote "
                + "violence,Suicide bomb,Unidentified Armed Group (Pakistan),,,Civilians (China),,,,Civilian targeting,586,"
                + "Southern Asia,Pakistan,Khyber Pakhtunkhwa,Shangla,,Besham,34.93,72.88,2,Dawn,National,illustrative row,6,,"
                + "1712000000\n");
        return file;
    }

    @Test
    void killedAtEachStepAnImportIsWholeAfterItsRetry() throws Exception {
        Path dir = temp.resolve("mine");
        // A new directory: killed before and after the one rename that creates it.
        Path first = acled("first.csv", "PAK90001");
        ServeProcess.Finished halted = ServeProcess.run(temp, "import.staged", "import", "acled", first.toString(),
                "--into", dir.toString());
        assertThat(halted.exitCode()).as(halted.output()).isEqualTo(137);
        assertThat(dir).doesNotExist();
        retryAndCheck(first, dir, "acled-pak90001");

        // An existing dataset: killed at every step between staging and removing the journal.
        List<String> points = List.of("import.staged", "import.journal-written", "import.first-file-moved",
                "import.committed");
        for (int i = 0; i < points.size(); i++) {
            Path file = acled("next-" + i + ".csv", "PAK9100" + i);
            ServeProcess.Finished killed = ServeProcess.run(temp, points.get(i), "import", "acled", file.toString(),
                    "--into", dir.toString());
            assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
            assertValid(dir);
            retryAndCheck(file, dir, "acled-pak9100" + i);
        }
    }

    /**
     * An import killed right after its first file moved in (sources.csv in, the incidents not yet): the
     * next command that reads the directory, validate, info or serve --data, completes the import
     * first and says so, and reads the whole of it; the library's reader refuses such a directory.
     */
    @Test
    void aHalfImportedDirectoryIsCompletedBeforeItIsRead() throws Exception {
        Path dir = temp.resolve("half");
        CliRun created = CliRun.of("import", "acled", acled("base.csv", "PAK93000").toString(), "--into", dir.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        List<List<String>> readers = List.of(List.of("validate"), List.of("info"), List.of("serve"));
        for (int i = 0; i < readers.size(); i++) {
            String id = "PAK9300" + (i + 1);
            ServeProcess.Finished killed = ServeProcess.run(temp, "import.first-file-moved", "import", "acled",
                    acled("half-" + i + ".csv", id).toString(), "--into", dir.toString());
            assertThat(killed.exitCode()).as(killed.output()).isEqualTo(137);
            assertThat(dir.resolve(".corridor-import-journal")).exists();
            assertThat(DatasetReader.read(dir).errors()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("an import into it is unfinished", ".corridor-import-journal", "corridor validate --data"));

            String said;
            if (readers.get(i).get(0).equals("serve")) {
                try (ServeProcess serve = ServeProcess.start(temp, null, "--data", dir.toString(), "--db",
                        temp.resolve("store-" + i).toString())) {
                    said = serve.output();
                }
            } else {
                CliRun read = CliRun.of(readers.get(i).get(0), "--data", dir.toString());
                assertThat(read.exitCode()).as(read.out() + read.err()).isZero();
                said = read.err();
            }
            assertThat(said).contains("corridor: completed an import into " + dir.toAbsolutePath().normalize()
                    + " that was interrupted after its commit (1 of its 2 files were still to move in)");
            assertThat(dir.resolve(".corridor-import-journal")).doesNotExist();
            Dataset dataset = DatasetReader.read(dir).orThrow();
            assertThat(dataset.incidents().stream().map(Incident::id).filter(("acled-" + id.toLowerCase())::equals))
                    .hasSize(1);
            try (Stream<Path> left = Files.list(temp)) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".corridor-import-")))
                        .isEmpty();
            }
        }
    }

    /** Retries the import in this JVM: it completes (or finds it complete); the record is there once. */
    private void retryAndCheck(Path file, Path dir, String id) throws Exception {
        CliRun retry = CliRun.of("import", "acled", file.toString(), "--into", dir.toString());
        assertThat(retry.exitCode() == 0 || retry.err().contains("already imported"))
                .as(retry.out() + retry.err()).isTrue();
        Dataset dataset = assertValid(dir);
        assertThat(dataset.incidents().stream().map(Incident::id).filter(id::equals)).hasSize(1);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".corridor-import-")))
                    .isEmpty();
        }
        assertThat(dir.resolve(".corridor-import-journal")).doesNotExist();
    }

    private static Dataset assertValid(Path dir) {
        CliRun validate = CliRun.of("validate", "--data", dir.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        return DatasetReader.read(dir).orThrow();
    }
}
