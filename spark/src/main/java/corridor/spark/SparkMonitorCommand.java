package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** {@code corridor-spark monitor PINGS...}: {@code corridor monitor ingest} on Spark. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Reads GPS pings (CSV or Parquet; local, hdfs:// or s3a:// paths), matches them to the corridor's "
                + "links on Spark, and writes the same aggregate state as `corridor monitor ingest`.",
                "Each vehicle's pings are sorted whole, so none is rejected as out of order."})
final class SparkMonitorCommand implements Runnable {

    @Mixin
    SparkJobOptions job;

    @Parameters(arity = "1..*", paramLabel = "PINGS", description = "pings files or directories")
    List<String> paths;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = "var/monitor-state.json",
            description = "aggregate state to write, a local or Hadoop path (default: ${DEFAULT-VALUE})")
    String state;

    @Option(names = "--merge", description = "add to the existing state instead of replacing it")
    boolean merge;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "csv or parquet (default: parquet when every path ends in .parquet, else csv)")
    String inputFormat;

    @Option(names = "--now", paramLabel = "TIME", description = "the time pings may not be later than, ISO-8601 (default: the clock)")
    String now;

    @Option(names = "--candidate-radius-km", paramLabel = "KM", defaultValue = "1.0",
            description = "links this close to a ping are match candidates (default: ${DEFAULT-VALUE})")
    double candidateRadiusKm;

    @Option(names = "--gps-sigma-km", paramLabel = "KM", defaultValue = "0.1",
            description = "GPS plus geometry error, standard deviation (default: ${DEFAULT-VALUE})")
    double gpsSigmaKm;

    @Option(names = "--tables", paramLabel = "DIR", description = "also write the indicators as a table here (replaced)")
    String tables;

    @Option(names = "--tables-format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet or csv (default: ${DEFAULT-VALUE})")
    String tablesFormat;

    @Option(names = "--carry-in", paramLabel = "DIR", description = "open trips carried from the previous batch (its --carry-out)")
    String carryIn;

    @Option(names = "--carry-out", paramLabel = "DIR",
            description = "keep trips still open at --batch-end for the next batch, written here (Parquet)")
    String carryOut;

    @Option(names = "--batch-end", paramLabel = "TIME", description = "when this batch of pings ends, ISO-8601 (with --carry-out)")
    String batchEnd;


    @Override
    public void run() {
        long nowEpochSecond = now == null ? Instant.now().getEpochSecond() : time(now, "--now");
        IngestOptions options = new IngestOptions(nowEpochSecond, candidateRadiusKm, gpsSigmaKm);
        options.settings();
        SparkMonitor.Job ingest = new SparkMonitor.Job(paths, inputFormat, job.source(), options, job.partitions,
                carryIn, carryOut, batchEnd == null ? null : time(batchEnd, "--batch-end"));
        PrintWriter out = job.out();
        long started = System.nanoTime();
        if (SparkSessions.tasksRunHere(job.master)) {
            JvmCache.buildNetworkMeanwhile(ingest.dataset(), candidateRadiusKm);
        }
        job.run("corridor monitor", spark -> {
            var hadoop = spark.hadoopConfiguration();
            Aggregates previous = merge && StateFiles.exists(state, hadoop) ? StateFiles.read(state, hadoop) : null;
            SparkMonitor.Result result = SparkMonitor.run(spark, ingest, job.progress());
            Aggregates aggregates = previous == null ? result.aggregates() : previous.merge(result.aggregates());
            StateFiles.write(aggregates, state, hadoop);
            if (tables != null) {
                ReportTables.write(SparkSessions.sql(spark), aggregates, tables, tablesFormat);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Aggregates batch = result.aggregates();
            long pings = batch.acceptedPings() + batch.rejectedTotal();
            out.printf(Locale.ROOT, "pings accepted: %d%n", batch.acceptedPings());
            out.printf(Locale.ROOT, "pings rejected: %d%n", batch.rejectedTotal());
            out.printf(Locale.ROOT, "trips: %d (%d off the network)%n", batch.trips(), batch.unmatchedTrips());
            if (carryOut != null) {
                out.printf(Locale.ROOT, "pings in open trips carried to %s: %d%n", carryOut, result.carried());
            }
            out.printf(Locale.ROOT, "state %s: %s%n", previous != null ? "merged into" : "written to", state);
            if (tables != null) {
                out.printf(Locale.ROOT, "indicators written to %s (%s)%n", tables, tablesFormat);
            }
            job.progress().accept(String.format(Locale.ROOT, "%,d pings in %.1f s (%,.0f per second, %d partitions)",
                    pings, seconds, pings / seconds, result.partitions()));
        });
    }

    static long time(String text, String option) {
        try {
            return OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeException e) {
            throw InputException.ofParameter(option, "not an ISO-8601 time with a zone: '" + text + "'");
        }
    }
}
