package corridor.monitor.simulate;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;

import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A simulated month of monitoring: the {@link FleetSimulator}'s fleet over a dataset's roads for
 * one calendar month, ingested by the {@link MonitorEngine}. It shows what the indicators look
 * like where no real pings exist; it is never mixed with real data, and whatever shows it must
 * say "simulated". Pure and deterministic: the same dataset gives the same aggregates.
 */
public final class SimulatedMonth {

    /** The month simulated: May 2025, when Khunjerab is open (year-round since December 2024). */
    public static final YearMonth MONTH = YearMonth.of(2025, 5);
    /** Trucks in the simulated fleet. */
    public static final int TRUCKS = 20;
    /** The simulator's seed. */
    public static final long SEED = 1;

    private SimulatedMonth() {
    }

    /** The settings of the simulated month: {@link #TRUCKS} trucks over {@link #MONTH}, seed {@link #SEED}. */
    public static SimulationSettings settings() {
        return SimulationSettings.of(TRUCKS, MONTH.lengthOfMonth(), SEED,
                MONTH.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }

    /** What it is, for people: shown beside every figure of it. */
    public static String description() {
        return "simulated month: " + TRUCKS + " simulated trucks over " + MONTH + " (corridor simulate-fleet --trucks "
                + TRUCKS + " --days " + MONTH.lengthOfMonth() + " --seed " + SEED + "); not observations";
    }

    /** Simulates the month over {@code dataset} and ingests its pings; takes some seconds. */
    public static Aggregates of(Dataset dataset) {
        SimulationSettings settings = settings();
        long end = settings.startEpochSecond() + settings.days() * 86400L;
        MonitorSettings monitor = MonitorSettings.defaults(end + 86400);
        MonitorEngine engine = new MonitorEngine(dataset, monitor, false);
        engine.beginInput("simulated month");
        long[] line = {1};
        new FleetSimulator(dataset, settings).run((vehicle, t, lat, lon, speed) ->
                engine.accept(new Ping(vehicle, t, lat, lon, speed, Double.NaN, ++line[0])), truth -> { });
        return engine.finish().markSimulated();
    }
}
