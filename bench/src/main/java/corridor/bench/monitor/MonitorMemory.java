package corridor.bench.monitor;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingSink;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Peak memory of end-to-end ingestion as the input grows: for each size given, ingests the
 * simulated file and, every million pings, forces a full collection and records the heap still
 * in use (the live set). Run it with a small heap ({@code -Xmx256m}): that every size completes
 * within it, and the live-set peaks stay flat, shows memory is bounded by the fleet, not the input.
 * Not timed: the forced collections would distort timing, which {@link MonitorBenchmark} measures.
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar corridor.bench.monitor.MonitorMemory 1000000 10000000}
 */
public final class MonitorMemory {

    private MonitorMemory() {
    }

    public static void main(String[] args) throws IOException {
        Dataset dataset = SimulatedPings.dataset();
        MonitorSettings settings = SimulatedPings.settings();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (String arg : args) {
            long count = Long.parseLong(arg);
            Path file = SimulatedPings.file(count);
            MonitorEngine engine = new MonitorEngine(dataset, settings, false);
            long[] seen = {0};
            long[] peakLiveBytes = {0};
            long[] peakBuffered = {0};
            PingSink sink = PingSink.each(engine, () -> {
                if (++seen[0] % 1_000_000 == 0) {
                    System.gc();
                    peakLiveBytes[0] = Math.max(peakLiveBytes[0], memory.getHeapMemoryUsage().getUsed());
                    peakBuffered[0] = Math.max(peakBuffered[0], engine.bufferedPings());
                }
            });
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CsvPingReader.read(in, file.getFileName().toString(), settings, sink);
            }
            Aggregates aggregates = engine.finish();
            System.out.printf(Locale.ROOT, "%,d pings: accepted %,d, rejected %,d, trips %,d; peak live heap %d MB, "
                            + "peak pings in reorder buffers %,d%n", count, aggregates.acceptedPings(),
                    aggregates.rejectedTotal(), aggregates.trips(), peakLiveBytes[0] >> 20, peakBuffered[0]);
        }
    }
}
