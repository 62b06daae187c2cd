package corridor.cli.dataset;

import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetCommandsTest {

    @Test
    void infoCountsLayersModesAndSourcedShare() {
        CliRun run = CliRun.of("info");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Records by layer", "Links by mode", "Links by status",
                "Projects by status", "Records with a resolving source");
        assertThat(run.out()).containsPattern("road\\s+[1-9]\\d*");
        assertThat(run.out()).contains("(100.0%)");
        // the counts after issue #15's second pass: 10 more projects (energy, Gwadar), the 2020 stock
        // exchange and showroom attacks, 22 more indicator values (trade, Gwadar, Khunjerab, zones); the
        // third pass (helpers sec and trade): the 2017 Kharan, Hoshab and Gwadar hostel attacks, 15 more
        // asset-use values, 65 more trade values (whole fiscal years FY2013, FY2015, FY2016, FY2018, imports
        // of FY2020 and FY2021, the Ministry of Commerce's series, quarters and months), 37 more projects
        // (the two missing energy projects, transport, social, second phase); one ML-4 length (net);
        // the fourth pass: 4 more projects (Gwadar, social, ML-1 Karachi-Rohri), 12 more values (Khunjerab, trade, the M-8 length);
        // the fifth pass: no attack; 10 more projects (proj5: Gwadar household solar, rural poverty research, the Red
        // Cross hospital at Gwadar, seven of Pakistan's second-phase proposals of September 2024); 9 more trade values
        // (trade5: the PBC's calendar 2013 and 2015, China's customs' October 2023, TDAP and State Bank months); 16 more
        // asset-use values (sec5: Karachi port's cargo by fiscal year, Port Qasim's for July-March, Karachi's and Port
        // Qasim's ship calls, Allama Iqbal Industrial City's allotted enterprises); 9 published list counts (the
        // Authority's and the government's counts by sector, 3 of them of completed projects: projects.listed.<sector>.*);
        // issue 25: 6 exchange rates (fx.pkr 2019-2021, fx.cny 2020, 2022, 2023)
        assertThat(run.out()).containsPattern("projects\\s+117\\b").containsPattern("incidents\\s+24\\b")
                .containsPattern("indicators\\s+360\\b");
        // the network after issue #10's third pass: 13 more places (5 census cities over 500,000,
        // Muzaffarabad, Mansehra, Babusar Top, Chitral, Angoor Adda, Sharana, Chabahar port, Mastung), 17 more links;
        // the fourth pass (net4): Kharian, Basima; the M-10, M-12 and M-13 motorways, the N-30 and
        // the N-140 over Shandur; (net3) Turbat and Abbottabad, splitting the M-8 and the N-35
        assertThat(run.out()).containsPattern("places\\s+134\\b").containsPattern("links\\s+160\\b");
    }

    @Test
    void builtInDatasetValidatesWithoutErrors() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("built-in CPEC dataset: 0 errors");
    }

    @Test
    void exportedDatasetIsUsableWithData(@TempDir Path dir) {
        CliRun export = CliRun.of("dataset", "export", dir.toString());
        CliRun info = CliRun.of("info", "--data", dir.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(dir.resolve("links.geojson")).exists();
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Dataset: ").contains(dir.toString());
    }

    @Test
    void exportRefusesToOverwriteWithoutForce(@TempDir Path dir) {
        CliRun.of("dataset", "export", dir.toString());

        CliRun again = CliRun.of("dataset", "export", dir.toString());
        CliRun forced = CliRun.of("dataset", "export", "--force", dir.toString());

        assertThat(again.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("refusing to overwrite");
        assertThat(forced.exitCode()).isZero();
    }

    @Test
    void validateNamesFileLineFieldAndReasonAndExitsOne(@TempDir Path dir) throws IOException {
        CliRun.of("dataset", "export", dir.toString());
        Path sources = dir.resolve("sources.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(sources, StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        Map<String, String> bad = Map.of("id", "bad-source", "publisher", "Someone", "title", "Some title",
                "url", "https://example.org", "publisher_type", "not_a_type");
        lines.add(Arrays.stream(lines.get(0).split(",")).map(c -> bad.getOrDefault(c.trim(), ""))
                .collect(Collectors.joining(",")));
        Files.write(sources, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ValidateCommand.EXIT_INVALID);
        assertThat(run.out()).contains("sources.csv line " + lines.size()).contains("publisher_type")
                .contains("not_a_type");
    }

    @Test
    void missingDirectoryIsAClearErrorNotAStackTrace(@TempDir Path dir) {
        CliRun run = CliRun.of("info", "--data", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("nowhere").contains("not a dataset directory").doesNotContain("Exception");
    }

    @Test
    void unknownOptionGetsUsageAndExitTwo() {
        CliRun run = CliRun.of("info", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void topLevelHelpListsEveryCommandWithoutFormatWarnings() {
        // picocli reports a bad format string in a description on System.err, not on the command's writer.
        java.io.ByteArrayOutputStream traced = new java.io.ByteArrayOutputStream();
        java.io.PrintStream systemErr = System.err;
        System.setErr(new java.io.PrintStream(traced, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.of("--help");
        } finally {
            System.setErr(systemErr);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("info", "validate", "dataset", "serve", "route", "compare", "scenario",
                "criticality", "projects", "check-claim", "import", "near", "monitor", "simulate-fleet");
        assertThat(run.err() + traced.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
    }
}
