package corridor.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/corridor-spark}, the command a user runs, end to end on a local master: the class path
 * it assembles (the application jar, slf4j-simple in place of Spark's log4j binding, Spark's jars),
 * its class-data-sharing archive and JVM options. Runs in the {@code integration-test} phase, after
 * {@code package} has built the jar and copied Spark to {@code target/lib} and slf4j-simple to
 * {@code target/local-logging}.
 */
class LauncherIT {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path LAUNCHER = MODULE.getParent().resolve("bin/corridor-spark");
    private static final String NOW = "2025-06-01T00:00:00Z";

    private record Run(int exit, String out, List<String> err) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aLocalRunWritesTheSingleJvmStateAndOnlyItsOwnLinesOnStandardError(@TempDir Path dir) throws Exception {
        Path pings = Fleet.write(dir.resolve("pings.csv"), Fleet.pings(3, 6, 5));
        String single = Fleet.singleJvmState(pings);
        // twice: the first run after a build records the class-data-sharing archive, the next maps it
        for (int run = 1; run <= 2; run++) {
            Path state = dir.resolve("state-" + run + ".json");
            Run result = launch(dir, Map.of(), "monitor", pings.toString(), "--master", "local[2]", "--now", NOW,
                    "--state", state.toString());
            assertThat(result.exit()).as("run %d: %s", run, result.err()).isZero();
            assertThat(result.out()).contains("state written to: " + state);
            assertThat(Files.readAllBytes(state)).as("run %d", run).isEqualTo(single.getBytes(StandardCharsets.UTF_8));
            // no SLF4J complaint (two bindings, none), no log4j status error, no warning of Spark's or Hadoop's
            assertThat(result.err()).as("run %d", run).allSatisfy(line -> assertThat(line).matches(
                    "corridor-spark: .*|WARNING: Using incubator modules: jdk\\.incubator\\.vector|\\[Stage .*|\\s*"));
        }
        assertThat(MODULE.resolve("target/corridor-spark.jsa")).as("the archive the first run recorded").isRegularFile();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void sparksOwnLogGoesThroughSlf4jSimpleAtTheLevelTheUserAsksFor(@TempDir Path dir) throws Exception {
        Path pings = Fleet.write(dir.resolve("pings.csv"), Fleet.pings(1, 2, 3));
        Run result = launch(dir, Map.of("CORRIDOR_SPARK_JAVA_OPTS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"),
                "monitor", pings.toString(), "--master", "local[1]", "--now", NOW,
                "--state", dir.resolve("state.json").toString());
        assertThat(result.exit()).as(String.join("\n", result.err())).isZero();
        // slf4j-simple's layout as bin/corridor-spark sets it: time, level, short logger name
        assertThat(result.err()).anySatisfy(line -> assertThat(line)
                .matches("\\d\\d:\\d\\d:\\d\\d INFO SparkContext - Running Spark version .*"));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aMissingInputExitsWithTwoAndNamesTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-pings.csv");
        Run result = launch(dir, Map.of(), "monitor", missing.toString(), "--master", "local[1]", "--now", NOW,
                "--state", dir.resolve("state.json").toString());
        assertThat(result.exit()).as(String.join("\n", result.err())).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(result.err()).anySatisfy(line -> assertThat(line).startsWith("corridor-spark: ").contains(missing.toString()));
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aLocalRunAsksForHugePagesWhereTheKernelOffersThemUnlessTuningIsOff(@TempDir Path dir) throws Exception {
        Path pings = Fleet.write(dir.resolve("pings.csv"), Fleet.pings(1, 2, 3));
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(thp) ? Files.readString(thp) : "";
        boolean offered = mode.contains("[madvise]") || mode.contains("[always]");
        for (String tuning : List.of("1", "0")) {
            Path log = dir.resolve("pagesize-" + tuning + ".log");
            Run result = launch(dir, Map.of("CORRIDOR_SPARK_TUNING", tuning,
                            "CORRIDOR_SPARK_JAVA_OPTS", "-Xlog:pagesize=info:file=" + log),
                    "monitor", pings.toString(), "--master", "local[2]", "--now", NOW,
                    "--state", dir.resolve("state-" + tuning + ".json").toString());
            assertThat(result.exit()).as(String.join("\n", result.err())).isZero();
            boolean asked = offered && tuning.equals("1");
            String pageSizes = Files.readString(log);
            assertThat(pageSizes).as("THP mode %s, CORRIDOR_SPARK_TUNING=%s", mode.strip(), tuning)
                    .containsPattern("Heap: .* page_size=" + (asked ? "2M" : "4K"));
            assertThat(pageSizes.contains("UseTransparentHugePages=1")).as("asked for THP").isEqualTo(asked);
        }
    }

    private static Run launch(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        assertThat(MODULE.resolve("target/corridor-spark.jar")).as("built by package, before this test's phase").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("bin/corridor-spark finished").isTrue();
        // the progress bar rewrites its line with carriage returns
        List<String> errLines = List.of(Files.readString(err).split("[\r\n]+"));
        return new Run(process.exitValue(), Files.readString(out), errLines);
    }
}
