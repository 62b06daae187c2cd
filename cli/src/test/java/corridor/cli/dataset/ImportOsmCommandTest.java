package corridor.cli.dataset;

import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code corridor import osm} and the routing commands on the result, with the osm module's real Andorra extract. */
class ImportOsmCommandTest {

    /** The osm module's test resources (real extracts with their provenance note), read in place. */
    private static final Path OSM = Path.of("..", "osm", "src", "test", "resources", "osm");

    @TempDir
    Path temp;

    private Path andorraDataset() throws IOException {
        Path dir = temp.resolve("andorra");
        Files.createDirectories(dir);
        for (String file : List.of("sources.csv", "modes.csv", "places.geojson", "links.geojson")) {
            Files.copy(OSM.resolve("andorra-dataset").resolve(file), dir.resolve(file));
        }
        return dir;
    }

    @Test
    void importsTheRoadsThenRoutesAcrossTheBorderOnThem() throws IOException {
        Path dir = andorraDataset();
        CliRun run = CliRun.of("import", "osm", OSM.resolve("andorra.osm.pbf").toString(), "--into", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("osm: checking andorra.osm.pbf", "osm: reading ways", "osm: written to");
        assertThat(run.out()).contains("road segments", "source: osm-andorra-", "2013-05-28T18:59:04Z",
                "© OpenStreetMap contributors, ODbL 1.0", "la-farga-de-moles");
        assertThat(CliRun.of("validate", "--data", dir.toString()).exitCode()).isZero();

        CliRun route = CliRun.of("route", "--data", dir.toString(), "--from", "Andorra la Vella", "--to",
                "La Seu d'Urgell", "--date", "2025-07-01");
        assertThat(route.exitCode()).as(route.err()).isZero();
        assertThat(route.out()).contains("border crossing at La Farga de Moles", "CG-1",
                "N-145 La Farga de Moles–La Seu d'Urgell");
        CliRun json = CliRun.of("route", "--data", dir.toString(), "--from", "andorra-la-vella", "--to",
                "la-seu-d-urgell", "--format", "geojson");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"link\" : \"osm-s");
    }

    @Test
    void aTextFileIsRefusedWithItsNameAndNothingIsWritten() throws IOException {
        Path text = temp.resolve("roads.osm.pbf");
        Files.writeString(text, "not a map\n");
        Path dir = temp.resolve("target");
        CliRun run = CliRun.of("import", "osm", text.toString(), "--into", dir.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("roads.osm.pbf", "not an OpenStreetMap PBF file");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aBadBoxIsRefused() throws IOException {
        CliRun run = CliRun.of("import", "osm", OSM.resolve("andorra.osm.pbf").toString(), "--into",
                temp.resolve("x").toString(), "--bbox", "42.6,1.4,42.4");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--bbox", "S,W,N,E");
    }
}
