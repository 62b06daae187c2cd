package corridor.cli.dataset;

import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code corridor trace-links} with the osm module's real Islamabad extract. */
class TraceLinksCommandTest {

    /** The osm module's test resources (real extracts with their provenance note), read in place. */
    private static final Path OSM = Path.of("..", "osm", "src", "test", "resources", "osm");
    private static final String PBF = OSM.resolve("islamabad.osm.pbf").toString();

    @TempDir
    Path temp;

    @Test
    void tracesTheTestDatasetAndTheResultValidates() throws IOException {
        Path data = temp.resolve("isb");
        Files.createDirectories(data);
        for (String file : List.of("sources.csv", "modes.csv", "places.geojson", "links.geojson")) {
            Files.copy(OSM.resolve("islamabad-dataset").resolve(file), data.resolve(file));
        }
        Path out = temp.resolve("traced");
        CliRun run = CliRun.of("trace-links", "--osm", PBF, "--data", data.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("trace: checking islamabad.osm.pbf", "trace: 1/3 ijp-road traced",
                "trace: written to");
        assertThat(run.out()).containsPattern("ijp-road +10\\.4 +10\\.5 +10\\.6 +-0\\.5  traced \\(\\d+ points\\)")
                .containsPattern("faizabad-havelian +43\\.9 +- +- +-  skipped: outside the extract")
                .contains("skipped: the road path is", "1 of 3 links traced", "cite trace-islamabad-",
                        "© OpenStreetMap contributors, ODbL 1.0");
        CliRun validate = CliRun.of("validate", "--data", out.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void theBuiltInLinksInsideTheExtractAreReportedAndNothingIsWrittenWhenNoneIsTraced() {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("trace-links", "--osm", PBF, "--out", out.toString(), "--links",
                "rawalpindi-islamabad,m1-burhan-islamabad");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rawalpindi-islamabad", "skipped: the road path is 20.8 km, 1.8 times the sketch's",
                        "m1-burhan-islamabad", "skipped: outside the extract: sketch point 1 (33.8660, 72.6290)",
                        "0 of 2 links traced", "nothing written")
                .doesNotContain("written to");
        assertThat(out).doesNotExist();
    }

    @Test
    void badArgumentsGetAOneLineErrorAndNothingIsWritten() throws IOException {
        Path out = temp.resolve("out");
        CliRun missing = CliRun.of("trace-links", "--osm", temp.resolve("none.osm.pbf").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("none.osm.pbf: no such file").doesNotContain("\tat ");
        assertThat(missing.err().strip().lines().filter(l -> l.startsWith("corridor: "))).hasSize(1);

        CliRun gap = CliRun.of("trace-links", "--osm", PBF, "--out", out.toString(), "--max-gap-km", "-1");
        assertThat(gap.exitCode()).isNotZero();
        assertThat(gap.err()).contains("--max-gap-km", "positive");

        CliRun rail = CliRun.of("trace-links", "--osm", PBF, "--out", out.toString(), "--links", "ml1-peshawar-rawalpindi");
        assertThat(rail.exitCode()).isNotZero();
        assertThat(rail.err()).contains("--links", "ml1-peshawar-rawalpindi");
        assertThat(out).doesNotExist();
    }
}
