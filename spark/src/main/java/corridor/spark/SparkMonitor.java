package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.state.StateJson;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code corridor monitor ingest} on Apache Spark: pings read in parallel (CSV as lines of text,
 * no rows), checked record by record, shuffled by vehicle in blocks ({@link VehicleBlocks}: each
 * input partition's pings of a vehicle, packed) sorted by vehicle, each vehicle's pings merged by
 * time and row, run through the same
 * monitoring engine per partition (the dataset broadcast once, the road network built once per
 * executor JVM), and the partitions' aggregates merged (on the driver, or in a tree on the
 * executors when there are many partitions). Aggregates merge exactly, so the result equals the
 * single-JVM ingest of the same pings whenever that ingest rejects none as out of order (here each
 * vehicle's pings are sorted whole, so none is ever out of order).
 *
 * <p>Not thread-safe; one job at a time per session.
 */
public final class SparkMonitor {

    /**
     * Partitions from which their states are merged in a tree on the executors; fewer are merged
     * on the driver (a state is some hundreds of kilobytes of JSON: hundreds of them would keep
     * the driver parsing while the executors wait).
     */
    static final int TREE_MERGE_FROM = 32;

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
    public static Result run(SparkContext spark, Job job, Consumer<String> progress) {
        try {
            return ingest(spark, job, progress);
        } catch (SparkException e) {
            // a task's bad input (a file whose header differs) reaches the driver inside Spark's exception
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InputException input) {
                    throw input;
                }
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Result ingest(SparkContext spark, Job job, Consumer<String> progress) throws SparkException {
        String where = String.join(",", job.paths());
        PingInput.Format format = PingInput.Format.parse(job.format(), job.paths());
        progress.accept("reading " + format.name().toLowerCase(java.util.Locale.ROOT) + " pings from " + where);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark);
        JavaRDD<PingRecord> checked = PingInput.read(spark, job.paths(), format, job.options(), where);
        if (job.carryIn() != null) {
            checked = checked.union(readCarry(SparkSessions.sql(spark), job.carryIn()));
        }
        int partitions = job.partitions() > 0 ? job.partitions() : 4 * spark.defaultParallelism();
        Broadcast<DatasetSource> dataset = context.broadcast(job.dataset());
        JavaRDD<VehicleIngest.Output> out = checked.mapPartitionsToPair(VehicleBlocks.of())
                .repartitionAndSortWithinPartitions(new VehicleBlocks.ByVehicle(partitions), Comparator.naturalOrder())
                .mapPartitions(new VehicleIngest(dataset, job.options(), where, job.carryOut() == null ? null
                        : job.batchEndEpochSecond()));
        boolean carry = job.carryOut() != null;
        if (carry) {
            out = out.persist(StorageLevel.MEMORY_AND_DISK());
        }
        try {
            progress.accept("matching and analysing trips in " + partitions + " partitions");
            JavaRDD<String> states = out.filter(o -> o.state() != null).map(VehicleIngest.Output::state);
            Aggregates total;
            if (partitions >= TREE_MERGE_FROM) {
                // many states: merged pairwise on the executors, in a tree, not one by one on the driver
                total = parse(states.treeReduce(SparkMonitor::merge, 2));
            } else {
                // few states: each parsed on the driver as its task ends, while the others run
                total = PartitionStates.merge(states, "partition state");
            }
            long carried = 0;
            if (carry) {
                JavaRDD<Row> open = out.filter(o -> o.carried() != null).map(o -> CheckedPings.row(o.carried()));
                SparkSession sql = SparkSessions.sql(spark);
                sql.createDataFrame(open, CheckedPings.SCHEMA).write().mode(SaveMode.Overwrite).parquet(job.carryOut());
                carried = sql.read().parquet(job.carryOut()).count();
                progress.accept(carried + " pings of open trips carried to " + job.carryOut());
            }
            return new Result(total, carried, partitions);
        } finally {
            if (carry) {
                out.unpersist();
            }
            dataset.destroy();
        }
    }

    /** Two partitions' states (state JSON) as one. */
    private static String merge(String a, String b) {
        StringWriter json = new StringWriter();
        StateJson.write(parse(a).merge(parse(b)), json);
        return json.toString();
    }

    private static Aggregates parse(String state) {
        return PartitionStates.parse(state, "partition state");
    }

    private static JavaRDD<PingRecord> readCarry(SparkSession spark, String path) {
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
        return carry.javaRDD().map(CheckedPings::record);
    }
}
