package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.state.StateJson;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.col;

/**
 * {@code corridor monitor ingest} on Apache Spark: pings read in parallel, checked record by record,
 * shuffled by vehicle, sorted by vehicle, time and row within each partition, run through the same
 * monitoring engine per partition (the road network built once per executor JVM), and the
 * partitions' aggregates merged on the driver. Aggregates merge exactly, so the result equals the
 * single-JVM ingest of the same pings whenever that ingest rejects none as out of order (here each
 * vehicle's pings are sorted whole, so none is ever out of order).
 *
 * <p>Not thread-safe; one job at a time per session.
 */
public final class SparkMonitor {

    private SparkMonitor() {
    }

    /**
     * What to ingest.
     *
     * @param paths               pings files or directories (CSV or Parquet), any Spark path
     * @param format              csv or parquet; null: parquet when every path ends in .parquet, else csv
     * @param dataset             the dataset the network comes from
     * @param options             thresholds
     * @param partitions          partitions of the shuffle by vehicle; 0: four per core of the session
     * @param carryIn             pings carried from the previous batch (a directory written by {@code carryOut}), or null
     * @param carryOut            where to write this batch's open trips (Parquet directory), or null to end every trip
     * @param batchEndEpochSecond the batch's end, seconds since 1970 (required with {@code carryOut})
     */
    public record Job(List<String> paths, String format, DatasetSource dataset, IngestOptions options, int partitions,
                      String carryIn, String carryOut, Long batchEndEpochSecond) {

        public Job {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw InputException.ofParameter("PINGS", "give at least one pings path");
            }
            if (partitions < 0) {
                throw InputException.ofParameter("--partitions", "must be 0 (automatic) or more, got " + partitions);
            }
            if (carryOut != null && batchEndEpochSecond == null) {
                throw InputException.ofParameter("--carry-out", "needs --batch-end: the time this batch of pings ends");
            }
            if (carryOut != null && carryOut.equals(carryIn)) {
                throw InputException.ofParameter("--carry-out", "must differ from --carry-in (" + carryIn + ")");
            }
        }
    }

    /**
     * What a job found.
     *
     * @param aggregates  the merged aggregates of the analysed trips
     * @param carried     pings carried forward in open trips (0 without {@code carryOut})
     * @param partitions  partitions the engine ran in
     */
    public record Result(Aggregates aggregates, long carried, int partitions) {
    }

    /**
     * Runs the job.
     *
     * @param progress told what is being done, for standard error
     * @throws InputException on a missing or unreadable input, a wrong header, or a carry directory of another shape
     */
    public static Result run(SparkSession spark, Job job, Consumer<String> progress) {
        String where = String.join(",", job.paths());
        PingInput.Format format = PingInput.Format.parse(job.format(), job.paths());
        progress.accept("reading " + format.name().toLowerCase(java.util.Locale.ROOT) + " pings from " + where);
        Dataset<Row> fields = PingInput.read(spark, job.paths(), format, where);
        Dataset<Row> checked = fields.mapPartitions(new CheckedPings(job.options(), where), Encoders.row(CheckedPings.SCHEMA));
        if (job.carryIn() != null) {
            checked = checked.unionByName(readCarry(spark, job.carryIn()));
        }
        int partitions = job.partitions() > 0 ? job.partitions() : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> out = checked.repartition(partitions, col(CheckedPings.VEHICLE))
                .sortWithinPartitions(CheckedPings.VEHICLE, CheckedPings.EPOCH, CheckedPings.ROW)
                .mapPartitions(new VehicleIngest(job.dataset(), job.options(), where, job.carryOut() == null ? null
                        : job.batchEndEpochSecond()), Encoders.row(VehicleIngest.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            progress.accept("matching and analysing trips in " + partitions + " partitions");
            List<Row> states = out.filter(col(VehicleIngest.STATE).isNotNull()).select(VehicleIngest.STATE).collectAsList();
            Aggregates total = new Aggregates();
            for (Row state : states) {
                total.merge(StateJson.read(new StringReader(state.getString(0)), "partition state"));
            }
            long carried = 0;
            if (job.carryOut() != null) {
                Dataset<Row> open = out.filter(col(VehicleIngest.STATE).isNull()).drop(VehicleIngest.STATE);
                open.write().mode(SaveMode.Overwrite).parquet(job.carryOut());
                carried = spark.read().parquet(job.carryOut()).count();
                progress.accept(carried + " pings of open trips carried to " + job.carryOut());
            }
            return new Result(total, carried, partitions);
        } finally {
            out.unpersist();
        }
    }

    private static Dataset<Row> readCarry(SparkSession spark, String path) {
        Dataset<Row> carry;
        try {
            carry = spark.read().parquet(path);
        } catch (Exception e) {
            throw new InputException(path, "--carry-in", "cannot read carried pings: " + PingInput.firstLine(e.getMessage()));
        }
        if (!Arrays.equals(carry.schema().fieldNames(), CheckedPings.SCHEMA.fieldNames())) {
            throw new InputException(path, "--carry-in", "not pings carried by corridor-spark monitor (columns "
                    + Arrays.toString(carry.schema().fieldNames()) + ")");
        }
        return carry;
    }
}
