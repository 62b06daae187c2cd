package corridor.bench.monitor;

import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * End to end on one core: parse a CSV file of simulated pings, check, match, detect stops and
 * dwell, aggregate. One operation is a whole file of {@code pings} pings; pings per second per
 * core is {@code pings} divided by the time per operation (the engine runs on one thread).
 */
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MonitorBenchmark extends SimulatedFleetBenchmark {

    @Param({"1000000", "10000000"})
    public long pings;

    private Path file;

    @Setup
    public void setUp() {
        file = SimulatedPings.file(pings);
    }

    @Benchmark
    public Aggregates ingestFile() throws IOException {
        MonitorEngine engine = newEngine();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvPingReader.read(in, file.getFileName().toString(), settings, engine);
        }
        Aggregates aggregates = engine.finish();
        if (aggregates.acceptedPings() + aggregates.rejectedTotal() != pings) {
            throw new IllegalStateException("lost pings: " + aggregates.acceptedPings() + " + " + aggregates.rejectedTotal());
        }
        return aggregates;
    }
}
