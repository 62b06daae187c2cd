package corridor.cli.dataset;

import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.data.DatasetReader;
import corridor.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path temp;

    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp";

    private Path acled(String... rows) throws IOException {
        Path file = temp.resolve("acled.csv");
        Files.writeString(file, ACLED_HEADER + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private static String row(String id, String date, String lat) {
        return id + "," + date + ",2024,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed "
                + "Group (Pakistan),,,Civilians (China),,,,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,"
                + "Shangla,,Besham," + lat + ",72.88,2,Dawn,National,illustrative row,6,,1712000000";
    }

    @Test
    void importsIntoANewDirectoryHoldingACopyOfTheBuiltInDataset() throws IOException {
        Path dir = temp.resolve("mine");
        CliRun run = CliRun.of("import", "acled", acled(row("PAK90001", "2024-03-26", "34.93")).toString(), "--into",
                dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("copied the built-in dataset", "read 1 rows; imported 1", "rejected 0",
                "source: import-acled-");
        Dataset dataset = DatasetReader.read(dir).orThrow();
        assertThat(dataset.incidents()).extracting(i -> i.id()).contains("acled-pak90001");
        CliRun info = CliRun.of("validate", "--data", dir.toString());
        assertThat(info.exitCode()).as(info.out()).isZero();
    }

    @Test
    void aBadRowStopsTheImportAndWritesNothing() throws IOException {
        Path dir = temp.resolve("mine");
        CliRun run = CliRun.of("import", "acled", acled(row("PAK90001", "2024-03-26", "34.93"),
                row("PAK90002", "2024-03-27", "134.93")).toString(), "--into", dir.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("acled.csv line 3, latitude: 134.93 is out of range -90 to 90");
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    void skippingBadRowsWritesTheRejectsFile() throws IOException {
        Path dir = temp.resolve("mine");
        Path rejects = temp.resolve("rejected.csv");
        CliRun run = CliRun.of("import", "acled", acled(row("PAK90001", "2024-03-26", "34.93"),
                row("PAK90002", "someday", "34.93")).toString(), "--into", dir.toString(), "--skip-bad-rows",
                "--rejects", rejects.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 1", "rejected 1", "rejected rows and their reasons: " + rejects);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines.get(0)).isEqualTo("file,location,column,reason,row");
        assertThat(lines.get(1)).startsWith("acled.csv,line 3,event_date,invalid date 'someday'");
    }

    @Test
    void gcdfSampleWithItsTotals() throws IOException {
        Path file = temp.resolve("gcdf.csv");
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/gcdf-cli-sample.csv")) {
            Files.write(file, in.readAllBytes());
        }
        Path dir = temp.resolve("mine");
        CliRun run = CliRun.of("import", "gcdf", file.toString(), "--into", dir.toString(), "--phase", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("over 1 rows recommended for aggregates",
                "1 rows not recommended for aggregates");
        CliRun again = CliRun.of("import", "gcdf", file.toString(), "--into", dir.toString(), "--phase", "1");
        assertThat(again.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("already imported");
    }

    @Test
    void theRejectsFileGoesBesideTheDatasetSoAReadOnlyInputImports() throws IOException {
        Path inputs = Files.createDirectory(temp.resolve("read-only"));
        Path file = acled(row("PAK90001", "2024-03-26", "34.93"), row("PAK90002", "someday", "34.93"));
        Path input = Files.move(file, inputs.resolve("acled.csv"));
        assertThat(inputs.toFile().setWritable(false)).isTrue();
        try {
            Path dir = Files.createDirectory(temp.resolve("datasets")).resolve("mine");
            CliRun run = CliRun.of("import", "acled", input.toString(), "--into", dir.toString(), "--skip-bad-rows");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Path rejects = temp.resolve("datasets").resolve("acled.csv.rejects.csv");
            assertThat(run.out()).contains("imported 1", "rejected 1", "rejected rows and their reasons: " + rejects);
            assertThat(Files.readAllLines(rejects).get(1)).startsWith("acled.csv,line 3,event_date");
            assertThat(inputs.toFile().list()).containsExactly("acled.csv");
        } finally {
            inputs.toFile().setWritable(true);
        }
    }

    @Test
    void unknownKindOrMissingFileAreInputErrors() {
        CliRun kind = CliRun.of("import", "shapefile", "x.shp", "--into", temp.resolve("d").toString());
        assertThat(kind.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(kind.err()).contains("unknown kind 'shapefile'", "geojson, osm");
        CliRun missing = CliRun.of("import", "acled", temp.resolve("none.csv").toString(), "--into",
                temp.resolve("d").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("none.csv: no such file");
    }
}
