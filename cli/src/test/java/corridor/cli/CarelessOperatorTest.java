package corridor.cli;

import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an unlucky operator types: options beyond what a machine can give, a store path that is not
 * a store, binary input, an ingest that would wipe a good state. Each gets one clear line and a
 * non-zero exit; nothing is lost.
 */
class CarelessOperatorTest {

    private static final String NOW = "2026-01-01T00:00:00Z";
    private static final String PINGS = "vehicle_id,timestamp,latitude,longitude\n"
            + "t1,2025-05-01T00:00:00Z,36.69,74.82\nt1,2025-05-01T00:05:00Z,36.69,74.82\n"
            + "t1,2025-05-01T00:10:00Z,36.69,74.82\n";

    private static void assertOneLineError(CliRun run, String option) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(option).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    }

    @Test
    void optionsWithAResourceCostHaveStatedLimits(@TempDir Path dir) throws Exception {
        Path pings = dir.resolve("p.csv");
        Files.writeString(pings, PINGS);
        assertOneLineError(CliRun.of("monitor", "ingest", pings.toString(), "--state", dir.resolve("s.json").toString(),
                "--candidate-radius-km", "1e308"), "--candidate-radius-km");
        assertOneLineError(CliRun.of("monitor", "ingest", pings.toString(), "--state", dir.resolve("s.json").toString(),
                "--gps-sigma-km", "NaN"), "--gps-sigma-km");
        assertOneLineError(CliRun.of("monitor", "ingest", pings.toString(), "--state", dir.resolve("s.json").toString(),
                "--reorder-window-hours", "1e9"), "--reorder-window-hours");
        assertOneLineError(CliRun.of("simulate-fleet", "--trucks", "1", "--days", "1000000000", "--out",
                dir.resolve("sim").toString()), "--days");
        assertOneLineError(CliRun.of("simulate-fleet", "--trucks", "2000", "--days", "100", "--out",
                dir.resolve("sim").toString()), "--days");
        assertOneLineError(CliRun.of("simulate-fleet", "--trucks", "100000", "--days", "1", "--out",
                dir.resolve("sim").toString()), "--trucks");
        assertThat(dir.resolve("sim")).doesNotExist();
        assertOneLineError(CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--date", "+999999999-12-31"),
                "--date");
        assertOneLineError(CliRun.of("compare", "--from", "kashgar", "--to", "jebel-ali", "--date", "+999999999-12-31"),
                "--date");
    }

    @Test
    void serveRefusesAStorePathThatIsNotAStore(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.mv.db");
        Files.writeString(text, "these are my notes, not a database\n");
        assertOneLineError(CliRun.of("serve", "--port", "0", "--db", text.toString()), "not an H2 database file");
        assertThat(Files.readString(text)).startsWith("these are my notes");
        assertOneLineError(CliRun.of("serve", "--port", "0", "--db", "/dev/zero"), "device");
        assertOneLineError(CliRun.of("serve", "--port", "0", "--db", dir.toString()), "is a directory");
    }

    @Test
    void binaryInputIsRefusedWithoutEchoingIt(@TempDir Path dir) {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(binary));
            CliRun run = CliRun.of("monitor", "ingest", "-", "--state", dir.resolve("s.json").toString(), "--now", NOW);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("not UTF-8 text");
            assertThat(run.err().length()).isLessThan(400);
            assertThat(run.err()).matches("(?s)[\\x20-\\x7e\\n\\r\\t]*");
            System.setIn(new ByteArrayInputStream(new byte[2048]));
            CliRun zeros = CliRun.of("monitor", "ingest", "-", "--state", dir.resolve("s.json").toString(), "--now", NOW);
            assertThat(zeros.exitCode()).isEqualTo(2);
            assertThat(zeros.err()).contains("NUL");
        } finally {
            System.setIn(saved);
        }
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    @Test
    void ingestNeverReplacesAStateWithLessUnlessTold(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, PINGS);
        Path state = dir.resolve("state.json");
        CliRun first = CliRun.of("monitor", "ingest", good.toString(), "--state", state.toString(), "--now", NOW);
        assertThat(first.exitCode()).as(first.err()).isZero();
        String kept = Files.readString(state);

        Path garbage = dir.resolve("garbage.csv");
        StringBuilder lines = new StringBuilder("vehicle_id,timestamp,latitude,longitude\n");
        for (int i = 0; i < 1000; i++) {
            lines.append("x,not-a-time,abc,def\n");
        }
        Files.writeString(garbage, lines);
        CliRun none = CliRun.of("monitor", "ingest", garbage.toString(), "--state", state.toString(), "--now", NOW);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no ping was accepted").contains("left as it was");
        assertThat(Files.readString(state)).isEqualTo(kept);

        Path header = dir.resolve("header.csv");
        Files.writeString(header, "vehicle_id,timestamp,latitude,longitude\n");
        CliRun headerOnly = CliRun.of("monitor", "ingest", header.toString(), "--state", state.toString(), "--now", NOW,
                "--replace");
        assertThat(headerOnly.exitCode()).isEqualTo(2);
        assertThat(Files.readString(state)).isEqualTo(kept);

        Path smaller = dir.resolve("smaller.csv");
        Files.writeString(smaller, "vehicle_id,timestamp,latitude,longitude\nt2,2025-05-01T00:00:00Z,36.69,74.82\n");
        CliRun less = CliRun.of("monitor", "ingest", smaller.toString(), "--state", state.toString(), "--now", NOW);
        assertThat(less.exitCode()).isEqualTo(2);
        assertThat(less.err()).contains("holds 3 pings").contains("--replace").contains("--merge");
        assertThat(Files.readString(state)).isEqualTo(kept);

        CliRun replaced = CliRun.of("monitor", "ingest", smaller.toString(), "--state", state.toString(), "--now", NOW,
                "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("pings accepted: 1");
        assertThat(Files.readString(state, StandardCharsets.UTF_8)).isNotEqualTo(kept);
    }
}
