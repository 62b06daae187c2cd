package corridor.server.testing;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;

import java.io.StringReader;
import java.time.Instant;

/** Pings from the monitor's fleet simulator over a dataset (seeded), and the state ingesting them gives. */
public final class SimulatedFleet {

    /** The simulation starts here: May and June, when Khunjerab is open. */
    public static final Instant START = Instant.parse("2025-05-01T00:00:00Z");
    /** "Now" for ingestion: after the simulation, so no ping is in the future. */
    public static final long NOW = Instant.parse("2025-12-31T00:00:00Z").getEpochSecond();

    private SimulatedFleet() {
    }

    /** The pings of {@code trucks} trucks over {@code days} days as CSV with its header. */
    public static String pingsCsv(Dataset dataset, int trucks, int days, long seed) {
        StringBuilder csv = new StringBuilder(PingCsv.HEADER).append('\n');
        new FleetSimulator(dataset, SimulationSettings.of(trucks, days, seed, START.getEpochSecond()))
                .run((vehicle, time, lat, lon, speed) -> PingCsv.append(csv, vehicle, time, lat, lon, speed), truth -> { });
        return csv.toString();
    }

    /** What {@code corridor monitor ingest} would keep for {@code csv}. */
    public static Aggregates ingest(Dataset dataset, String csv) {
        MonitorSettings settings = MonitorSettings.defaults(NOW);
        MonitorEngine engine = new MonitorEngine(dataset, settings, false);
        engine.beginInput("simulated");
        CsvPingReader.read(new StringReader(csv), "simulated", settings, engine);
        return engine.finish();
    }
}
