package corridor.cli.monitor;

import corridor.cli.common.DataCommand;
import corridor.cli.common.InputFile;
import corridor.cli.common.Limits;
import corridor.cli.common.MonitorStateFile;
import corridor.cli.common.TextInput;
import corridor.data.InputFiles;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CargoCsvReader;
import corridor.monitor.ingest.CargoRecord;
import corridor.monitor.ingest.CostCsvReader;
import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.GpxPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingSink;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code corridor monitor ingest FILE|-}: reads pings, matches and aggregates them, writes the state. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads GPS pings (CSV or GPX, a file or - for standard input), matches them to the corridor's "
                + "links, detects trips, stops and dwell, and writes the aggregate state.",
                "CSV columns: vehicle_id, timestamp (ISO-8601 with a zone), latitude, longitude, optional speed_kmh, heading."})
final class MonitorIngestCommand extends DataCommand implements Runnable {

    private static final int SHOWN_REJECTIONS = 10;
    private static final long PROGRESS_EVERY = 1_000_000;
    /** Limits of the options that cost memory and time: the candidate search grows with the radius squared. */
    static final double MAX_RADIUS_KM = 50;
    static final double MAX_SIGMA_KM = 10;
    static final double MAX_REORDER_HOURS = 24 * 31;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "pings file, or - for standard input")
    String input;

    @Mixin
    StateOption state;

    @Option(names = "--merge", description = "add to the existing state instead of replacing it")
    boolean merge;

    @Option(names = "--replace", description = "replace the existing state even when it holds more pings or trips "
            + "than this input gives (without it, such an ingest is refused and the state kept)")
    boolean replace;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "csv or gpx (default: gpx for a .gpx file, else csv)")
    String inputFormat;

    @Option(names = "--simulated", description = "the pings are simulated (not driven by real trucks): the state says "
            + "so, and every report and route made from it is labelled simulated. Without it, pings read from a file "
            + "with the fleet simulator's truth.csv beside it are taken as simulated too")
    boolean simulated;

    @Option(names = "--strict", description = "stop at the first rejected ping (exit code 2)")
    boolean strict;

    @Option(names = "--now", paramLabel = "TIME",
            description = "the time pings may not be later than, ISO-8601 (default: the clock)")
    String now;

    @Option(names = "--costs", paramLabel = "FILE",
            description = "cost records: CSV with vehicle_id, timestamp, cost_usd, optional place")
    Path costs;

    @Option(names = "--cargo", paramLabel = "FILE",
            description = "cargo records (a trips file): CSV with vehicle_id, timestamp, cargo_tonnes; with costs, "
                    + "gives TFI3 (cost per 500 km per 20 t)")
    Path cargo;

    @Option(names = "--rejects", paramLabel = "FILE", description = "write every rejected ping here (CSV)")
    Path rejects;

    @Option(names = "--reorder-window-hours", paramLabel = "H", defaultValue = "24",
            description = "how far out of order a vehicle's pings may come, 0 to " + MAX_REORDER_HOURS
                    + " (default: ${DEFAULT-VALUE})")
    double reorderWindowHours;

    @Option(names = "--candidate-radius-km", paramLabel = "KM", defaultValue = "1.0",
            description = "links this close to a ping are match candidates, above 0 and at most " + MAX_RADIUS_KM
                    + " (default: ${DEFAULT-VALUE})")
    double candidateRadiusKm;

    @Option(names = "--gps-sigma-km", paramLabel = "KM", defaultValue = "0.1",
            description = "GPS plus geometry error, standard deviation, above 0 and at most " + MAX_SIGMA_KM
                    + " (default: ${DEFAULT-VALUE})")
    double gpsSigmaKm;

    @Override
    public void run() {
        if (merge && replace) {
            throw InputException.ofParameter("--replace", "give --merge (add to the state) or --replace (overwrite it), "
                    + "not both");
        }
        Limits.within("--candidate-radius-km", candidateRadiusKm, 0, false, MAX_RADIUS_KM, "km");
        Limits.within("--gps-sigma-km", gpsSigmaKm, 0, false, MAX_SIGMA_KM, "km");
        Limits.within("--reorder-window-hours", reorderWindowHours, 0, true, MAX_REORDER_HOURS, "hours");
        // What is not a file to read or write is refused before the dataset is read.
        InputFile pings = InputFile.argument(input, true);
        if (!pings.isStdin()) {
            pings.path();
        }
        if (state.exists()) {
            InputFiles.notARegularFile(state.file).ifPresent(reason -> {
                throw new InputException("--state " + state.file, "", reason);
            });
        }
        Dataset dataset = data.dataset();
        MonitorSettings settings = MonitorSettings.defaults(nowEpochSecond())
                .withReorderWindowHours(reorderWindowHours).withMatching(candidateRadiusKm, gpsSigmaKm);
        List<CostRecord> costRecords = costs == null ? List.of() : readRecords(costs, "--costs", CostCsvReader::read);
        List<CargoRecord> cargoRecords = cargo == null ? List.of() : readRecords(cargo, "--cargo", CargoCsvReader::read);
        Aggregates previous = merge && state.exists() ? state.read() : null;
        // Read before the input, so that a state this ingest may not replace stops it before the work.
        Aggregates replaced = !merge && !replace && state.exists() ? existing() : null;
        PrintWriter err = err();
        String where = pings.where();
        MonitorEngine engine = new MonitorEngine(dataset, settings, strict).withCosts(costRecords)
                .withCargo(cargoRecords);
        engine.beginInput(where);
        RejectionLog log = new RejectionLog(err, rejects);
        engine.onRejection(log::add);
        Progress progress = new Progress(err);
        try {
            read(pings, settings, PingSink.each(engine, progress::tick));
            Aggregates aggregates = engine.finish();
            if (simulated || !pings.isStdin() && SimulatorOutput.isBeside(Path.of(input))) {
                aggregates.markSimulated();
            }
            log.finish();
            if (aggregates.acceptedPings() == 0) {
                throw new InputException(where, "", "no ping was accepted (" + aggregates.rejectedTotal()
                        + " rejected); the state " + state.file + " was left as it was");
            }
            if (replaced != null && (aggregates.acceptedPings() < replaced.acceptedPings()
                    || aggregates.trips() < replaced.trips())) {
                throw InputException.ofParameter("--replace", String.format(Locale.ROOT, "the state %s holds %d pings "
                        + "and %d trips, this input gives %d pings and %d trips; it was left as it was. Give --merge to "
                        + "add to it, --replace to overwrite it, or another --state FILE", state.file,
                        replaced.acceptedPings(), replaced.trips(), aggregates.acceptedPings(), aggregates.trips()));
            }
            if (previous != null) {
                aggregates = previous.merge(aggregates);
            }
            MonitorStateFile.write(aggregates, state.file);
            report(aggregates, previous != null);
            if (!costRecords.isEmpty()) {
                out().printf(Locale.ROOT, "cost records: %d, of which %d fell within no trip and are not counted%n",
                        costRecords.size(), engine.unattributedCostRecords());
            }
            if (!cargoRecords.isEmpty()) {
                out().printf(Locale.ROOT, "cargo records: %d, of which %d fell within no trip and are not counted%n",
                        cargoRecords.size(), engine.unattributedCargoRecords());
            }
        } finally {
            log.discard();
        }
    }

    /** The state this ingest would replace; a file that is not a readable state may not be replaced silently. */
    private Aggregates existing() {
        try {
            return state.read();
        } catch (InputException | UncheckedIOException e) {
            throw InputException.ofParameter("--replace", "the state " + state.file + " cannot be read (" + e.getMessage()
                    + "); give --replace to overwrite it, or another --state FILE");
        }
    }

    private void read(InputFile pings, MonitorSettings settings, PingSink sink) {
        boolean gpx = inputFormat != null ? parseFormat(inputFormat) : input.toLowerCase(Locale.ROOT).endsWith(".gpx");
        String where = pings.where();
        if (gpx) {
            try (InputStream in = pings.open()) {
                String vehicle = pings.isStdin() ? "stdin" : Path.of(input).getFileName().toString().replaceFirst("\\.gpx$", "");
                GpxPingReader.read(in, where, vehicle, settings, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Reader in = pings.openText("CSV or GPX text", TextInput.MAX_LINE_CHARS)) {
            CsvPingReader.read(in, where, settings, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean parseFormat(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "gpx" -> true;
            case "csv" -> false;
            default -> throw InputException.ofParameter("--input-format", "must be csv or gpx, got '" + text + "'");
        };
    }

    private long nowEpochSecond() {
        if (now == null) {
            return Instant.now().getEpochSecond();
        }
        try {
            return OffsetDateTime.parse(now).toEpochSecond();
        } catch (DateTimeException e) {
            throw InputException.ofParameter("--now", "not an ISO-8601 time with a zone: '" + now + "'");
        }
    }

    private static <T> List<T> readRecords(Path file, String option,
                                           java.util.function.BiFunction<Reader, String, List<T>> reader) {
        try (Reader in = InputFile.option(option, file).openText("CSV text", TextInput.MAX_LINE_CHARS)) {
            return reader.apply(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(Aggregates aggregates, boolean merged) {
        PrintWriter out = out();
        Map<RejectReason, Long> rejected = aggregates.rejectedPings();
        StringBuilder reasons = new StringBuilder();
        rejected.forEach((r, n) -> reasons.append(reasons.length() == 0 ? " (" : ", ").append(r.label()).append(' ').append(n));
        if (reasons.length() > 0) {
            reasons.append(')');
        }
        out.printf(Locale.ROOT, "pings accepted: %d%n", aggregates.acceptedPings());
        out.printf(Locale.ROOT, "pings rejected: %d%s%n", aggregates.rejectedTotal(), reasons);
        out.printf(Locale.ROOT, "trips: %d (%d off the network)%n", aggregates.trips(), aggregates.unmatchedTrips());
        if (aggregates.simulatedPings() > 0) {
            out.printf(Locale.ROOT, "simulated: %d of the pings are simulated; reports and routes from this state say so%n",
                    aggregates.simulatedPings());
        }
        out.printf(Locale.ROOT, "state %s: %s%n", merged ? "merged into" : "written to", state.file);
    }

    /** Counts pings on their way to the engine and reports progress on standard error. */
    private static final class Progress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long seen;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void tick() {
            if (++seen % PROGRESS_EVERY == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                err.printf(Locale.ROOT, "%,d pings read (%,.0f per second)%n", seen, seen / seconds);
                err.flush();
            }
        }
    }

    /** Shows the first rejections on standard error and, when asked, writes them all to a file. */
    private static final class RejectionLog {
        private final PrintWriter err;
        private final Path file;
        private Path temp;
        private BufferedWriter writer;
        private long count;

        RejectionLog(PrintWriter err, Path file) {
            this.err = err;
            this.file = file;
            if (file != null) {
                try {
                    Path target = file.toAbsolutePath();
                    Files.createDirectories(target.getParent());
                    temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                    writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    writer.write("input,line,vehicle_id,reason,detail\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
                }
            }
        }

        void add(Rejection r) {
            count++;
            if (count <= SHOWN_REJECTIONS) {
                err.println("rejected: " + TextInput.printable(r.describe()));
            }
            if (writer != null) {
                try {
                    writer.write(csv(r.where()) + "," + r.line() + "," + csv(r.vehicleId()) + "," + r.reason().label()
                            + "," + csv(r.detail()) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void finish() {
            if (count > SHOWN_REJECTIONS) {
                err.printf(Locale.ROOT, "... and %d more rejected pings%s%n", count - SHOWN_REJECTIONS,
                        file == null ? " (--rejects FILE lists them all)" : " (all in " + file + ")");
            }
            if (writer != null) {
                try {
                    writer.close();
                    writer = null;
                    Files.move(temp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** Removes the temporary file when ingestion failed. */
        void discard() {
            try {
                if (writer != null) {
                    writer.close();
                }
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // nothing was published; a leftover temporary file is harmless
            }
        }

        private static String csv(String text) {
            return text.contains(",") || text.contains("\"") || text.contains("\n")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }
    }
}
