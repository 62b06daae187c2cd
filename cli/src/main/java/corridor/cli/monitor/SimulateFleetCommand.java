package corridor.cli.monitor;

import corridor.cli.common.DataCommand;
import corridor.cli.common.Limits;
import corridor.cli.common.MonitorStateFile;
import corridor.model.InputException;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.score.TruthCsv;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** {@code corridor simulate-fleet}: realistic truck pings over the network, with the ground truth. */
@Command(name = "simulate-fleet", mixinStandardHelpOptions = true,
        description = {"Simulates trucks driving the corridor's roads and writes DIR/pings.csv (what their trackers "
                + "send: noise, drop-outs, rests, border and port dwell, seasonal closures) and DIR/truth.csv "
                + "(what happened: per trip, each link's times and each hub's dwell)."})
public final class SimulateFleetCommand extends DataCommand implements Runnable {

    private static final long PROGRESS_EVERY = 1_000_000;

    /** Limits of a run: trucks, days, and their product, which the size of pings.csv follows (see the help). */
    static final int MAX_TRUCKS = 10_000;
    static final int MAX_DAYS = 366;
    static final long MAX_TRUCK_DAYS = 100_000;

    @Option(names = "--trucks", paramLabel = "N", required = true, description = "number of trucks, 1 to " + MAX_TRUCKS)
    int trucks;

    @Option(names = "--days", paramLabel = "D", required = true, description = "days to simulate, 1 to " + MAX_DAYS
            + "; trucks times days at most " + MAX_TRUCK_DAYS)
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2025-05-01",
            description = "first day, UTC (default: ${DEFAULT-VALUE})")
    String start;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory to write into")
    Path out;

    @Override
    public void run() {
        Limits.within("--trucks", trucks, 1, MAX_TRUCKS, "trucks");
        Limits.within("--days", days, 1, MAX_DAYS, "days");
        if ((long) trucks * days > MAX_TRUCK_DAYS) {
            throw InputException.ofParameter("--days", String.format(Locale.ROOT, "%d trucks over %d days is %,d "
                    + "truck-days; at most %,d per run (run several with other --seed and --start, and ingest them "
                    + "with --merge)", trucks, days, (long) trucks * days, MAX_TRUCK_DAYS));
        }
        SimulationSettings settings = SimulationSettings.of(trucks, days, seed, startEpochSecond());
        FleetSimulator simulator = new FleetSimulator(data.dataset(), settings);
        PrintWriter err = err();
        long[] counts = new long[3];
        StringBuilder pingBuffer = new StringBuilder(1 << 17);
        StringBuilder truthBuffer = new StringBuilder(1 << 14);
        // both files are written whole or not at all: the truth is gathered while the pings stream
        MonitorStateFile.writeAtomically(out.resolve("pings.csv"), pings -> {
            pings.write(PingCsv.HEADER + "\n");
            truthBuffer.append(TruthCsv.HEADER).append('\n');
            simulator.run((vehicle, t, lat, lon, speed) -> {
                PingCsv.append(pingBuffer, vehicle, t, lat, lon, speed);
                if (pingBuffer.length() > 1 << 16) {
                    flush(pings, pingBuffer);
                }
                if (++counts[0] % PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "%,d pings written%n", counts[0]);
                    err.flush();
                }
            }, trip -> TruthCsv.append(truthBuffer, trip, ++counts[1]),
                    unfinished -> {
                        counts[2]++;
                        TruthCsv.append(truthBuffer, unfinished, ++counts[1]);
                    });
            flush(pings, pingBuffer);
        });
        MonitorStateFile.writeAtomically(out.resolve("truth.csv"), truth -> truth.write(truthBuffer.toString()));
        out().printf(Locale.ROOT,
                "%d pings of %d trucks over %d days, %d completed trips and %d under way at the end: %s, %s%n",
                counts[0], trucks, days, counts[1] - counts[2], counts[2], out.resolve("pings.csv"), out.resolve("truth.csv"));
        out().println("(`corridor monitor ingest` marks a state made from these pings simulated, "
                + "from the truth.csv beside them, so reports and routes say so)");
    }

    private static void flush(Writer writer, StringBuilder buffer) {
        try {
            writer.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }

    private long startEpochSecond() {
        try {
            return RouteQuery.checkDeparture(LocalDate.parse(start), "--start").atStartOfDay(ZoneOffset.UTC)
                    .toEpochSecond();
        } catch (DateTimeException e) {
            throw InputException.ofParameter("--start", "must be a date YYYY-MM-DD, got '" + start + "'");
        }
    }
}
