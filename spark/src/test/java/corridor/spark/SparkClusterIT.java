package corridor.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring job on a real cluster: a Spark standalone master and two workers, separate
 * processes on 127.0.0.1 ({@link StandaloneCluster}), the job submitted as spark/README.md's
 * {@code spark-submit} line does (Spark's {@code SparkSubmit}, client deploy mode, the application
 * jar {@code target/corridor-spark.jar}, {@code --class corridor.spark.Main}), and the state file
 * it writes equal, byte for byte, to the one {@code corridor monitor ingest} writes for the same
 * pings. Runs in the {@code integration-test} phase, after {@code package} has built the jar and
 * copied Spark to {@code target/lib} ({@code ./mvnw -B -pl spark -am verify}).
 */
class SparkClusterIT {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theJobSubmittedToAStandaloneClusterWritesTheStateOfTheSingleJvmIngest(@TempDir Path dir) throws Exception {
        Path jar = MODULE.resolve("target/corridor-spark.jar");
        Path lib = MODULE.resolve("target/lib");
        assertThat(jar).as("built by package, before this test's phase").isRegularFile();
        assertThat(lib.resolve("spark-core_2.13-4.1.3.jar")).isRegularFile();
        Path pings = Fleet.write(dir.resolve("pings/pings.csv"), Fleet.pings(4, 12, 7));
        Path state = dir.resolve("out/state.json");
        Path log = dir.resolve("spark-submit.log");

        try (StandaloneCluster cluster = new StandaloneCluster(Files.createDirectories(dir.resolve("cluster")), lib, 2, 1,
                "512m", Duration.ofSeconds(90))) {
            Process submit = cluster.start(log, cluster.javaCommand(List.of("-Xmx512m"),
                    "org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(), "--deploy-mode", "client",
                    "--class", "corridor.spark.Main", "--executor-memory", "512m", "--total-executor-cores", "2",
                    "--conf", "spark.ui.enabled=false", jar.toString(),
                    "monitor", pings.toString(), "--now", "2025-06-01T00:00:00Z", "--partitions", "4",
                    "--state", state.toString()));
            assertThat(submit.waitFor(3, TimeUnit.MINUTES)).as(StandaloneCluster.tail(log, 40)).isTrue();
            assertThat(submit.exitValue()).as(StandaloneCluster.tail(log, 40)).isZero();
            assertThat(Files.readString(log)).contains("state written to: " + state);
            for (Path workerLog : cluster.workerLogs()) {
                // the work was done on the workers' executors, one on each
                assertThat(Files.readString(workerLog)).as(StandaloneCluster.tail(workerLog, 20))
                        .contains("Asked to launch executor");
            }
        }

        String single = Fleet.singleJvmState(pings);
        assertThat(Files.readString(state)).isEqualTo(single);
        assertThat(Files.readAllBytes(state)).isEqualTo(single.getBytes(StandardCharsets.UTF_8));
    }
}
