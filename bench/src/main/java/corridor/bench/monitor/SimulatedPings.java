package corridor.bench.monitor;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Simulated pings over the built-in CPEC network, written once to a file in the temporary
 * directory and reused: {@value #TRUCKS} trucks, as many days as it takes to reach the count,
 * cut at exactly that many pings.
 */
final class SimulatedPings {

    static final int TRUCKS = 200;
    static final long SEED = 20261127L;
    static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    /** Pings per truck-day on the built-in network with the simulator's defaults (measured, rounded down). */
    private static final int PINGS_PER_TRUCK_DAY = 400;

    private SimulatedPings() {
    }

    static Dataset dataset() {
        return BuiltInDataset.load();
    }

    /** The engine's default settings, for a fleet whose latest ping is 400 days after {@link #START}. */
    static MonitorSettings settings() {
        return MonitorSettings.defaults(START + 400L * 86400);
    }

    /** The file with exactly {@code count} pings (plus the header), generated when missing. */
    static synchronized Path file(long count) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "corridor-bench-pings-" + SEED + "-" + count + ".csv");
        if (Files.isRegularFile(file)) {
            return file;
        }
        int days = (int) Math.ceil((double) count / TRUCKS / PINGS_PER_TRUCK_DAY) + 1;
        try {
            Path temp = Files.createTempFile(file.getParent(), "corridor-bench-pings", ".tmp");
            long[] written = {0};
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(PingCsv.HEADER + "\n");
                PingCsv.Lines lines = new PingCsv.Lines(out);
                new FleetSimulator(dataset(), SimulationSettings.of(TRUCKS, days, SEED, START))
                        .run((v, t, lat, lon, speed) -> {
                            if (written[0] < count) {
                                lines.add(v, t, lat, lon, speed);
                                written[0]++;
                            }
                        }, trip -> { });
                lines.flush();
            }
            if (written[0] < count) {
                throw new IllegalStateException("simulated only " + written[0] + " of " + count + " pings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
