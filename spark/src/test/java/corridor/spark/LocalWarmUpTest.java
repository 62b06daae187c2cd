package corridor.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up of a local master's idle core: what it reads, and what it leaves alone. */
class LocalWarmUpTest {

    @TempDir
    Path dir;

    private static SparkMonitor.Job job(String path) {
        return new SparkMonitor.Job(List.of(path), null, DatasetSource.builtIn(), IngestOptions.defaults(Fleet.NOW), 0,
                null, null, null);
    }

    private static long linesAfter(LocalWarmUp warmUp) throws InterruptedException {
        assertThat(warmUp.await(120_000)).as("the warm-up ends").isTrue();
        return warmUp.linesRead();
    }

    @Test
    void withAnIdleCoreTheLinesOfALocalCsvFileRunThroughTheJobsSteps() throws InterruptedException {
        String csv = Fleet.pings(3, 2, 7);
        long lines = csv.lines().count() - 1;
        Path file = Fleet.write(dir.resolve("pings.csv"), csv);

        assertThat(linesAfter(LocalWarmUp.start(job(file.toString()), true))).isEqualTo(lines);
        assertThat(linesAfter(LocalWarmUp.start(job(file.toUri().toString()), true))).isEqualTo(lines);
    }

    @Test
    void withoutAnIdleCoreOrOnAnotherInputItReadsNoLine() throws InterruptedException {
        String csv = Fleet.pings(1, 1, 7);
        Path file = Fleet.write(dir.resolve("pings.csv"), csv);
        Path compressed = Fleet.write(dir.resolve("pings.csv.gz"), csv);
        Path badHeader = Fleet.write(dir.resolve("other.csv"), "truck,when\na,b\n");

        assertThat(linesAfter(LocalWarmUp.start(job(file.toString()), false))).isZero();
        assertThat(linesAfter(LocalWarmUp.start(job(compressed.toString()), true))).isZero();
        assertThat(linesAfter(LocalWarmUp.start(job(dir.toString()), true))).isZero();
        assertThat(linesAfter(LocalWarmUp.start(job("hdfs://nowhere/pings.csv"), true))).isZero();
        assertThat(linesAfter(LocalWarmUp.start(job(badHeader.toString()), true))).isZero();
    }

    @Test
    void aCancelStopsTheReadingAtTheNextChunk() throws InterruptedException {
        String csv = Fleet.pings(20, 10, 7);
        long lines = csv.lines().count() - 1;
        Path file = Fleet.write(dir.resolve("pings.csv"), csv);

        LocalWarmUp warmUp = LocalWarmUp.start(job(file.toString()), true);
        warmUp.cancel();

        assertThat(linesAfter(warmUp)).isLessThan(Math.min(lines, LocalWarmUp.MAX_LINES));
    }
}
