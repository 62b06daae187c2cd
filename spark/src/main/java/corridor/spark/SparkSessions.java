package corridor.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark context of a command. Under {@code spark-submit} the master and every setting come
 * from it; run directly (bin/corridor-spark), the master is {@code --master} (default
 * {@code local[2]}). A local master binds the driver to 127.0.0.1, runs without the web UI
 * unless {@code spark.ui.enabled} says otherwise, leaves the shuffle uncompressed and writes it
 * sorted in serialized form, and shows the stages' progress on standard error. Timestamps are
 * read and written in UTC; records are serialized by Kryo with {@link KryoClasses}' forms unless
 * {@code spark.serializer} says otherwise.
 */
final class SparkSessions {

    /** The master when neither spark-submit nor --master names one. */
    static final String DEFAULT_MASTER = "local[2]";
    /** Up to how many partitions a shuffle's map task writes a file per partition (0 on a local master). */
    static final String BYPASS_MERGE_THRESHOLD = "spark.shuffle.sort.bypassMergeThreshold";

    private SparkSessions() {
    }

    /**
     * The Spark context a command runs in. When this JVM already has a session (a test's), its
     * context is used and left running; otherwise a new one is made, to be stopped with
     * {@link #release}. Spark's SQL engine is not started with it: {@link #sql} starts it for the
     * commands that need it (Parquet, tables, carried trips), and the others save its start.
     */
    static SparkContext create(String appName, String master) {
        scala.Option<SparkSession> active = SparkSession.getDefaultSession();
        if (active.isDefined()) {
            return active.get().sparkContext();
        }
        SparkConf conf = new SparkConf();
        conf.setMaster(masterFor(master, conf));
        return new SparkContext(configure(conf).setAppName(appName));
    }

    /**
     * Whether the tasks of a command with {@code --master master} run in this JVM: its context (the
     * running one, or the one {@link #create} would make) has a local master.
     */
    static boolean tasksRunHere(String master) {
        scala.Option<SparkSession> active = SparkSession.getDefaultSession();
        String effective = active.isDefined() ? active.get().sparkContext().master() : masterFor(master, new SparkConf());
        return effective.startsWith("local");
    }

    /** {@code --master}, else spark-submit's (spark.master in {@code conf}), else {@link #DEFAULT_MASTER}. */
    private static String masterFor(String master, SparkConf conf) {
        return master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
    }

    /** The SQL session over {@code context} (Spark's readers and writers of Parquet and CSV tables). */
    static SparkSession sql(SparkContext context) {
        scala.Option<SparkSession> active = SparkSession.getDefaultSession();
        if (active.isDefined() && active.get().sparkContext() == context) {
            return active.get();
        }
        // the builder takes the running context, with its settings
        return SparkSession.builder().getOrCreate();
    }

    /** Stops {@code context} unless it was there before the command ({@link #create}). */
    static void release(SparkContext context, boolean owned) {
        if (owned) {
            context.stop();
        }
    }

    /** Whether {@link #create} would make a new context. */
    static boolean wouldCreate() {
        return SparkSession.getDefaultSession().isEmpty();
    }

    /** The settings every corridor session gets (tests use it too). */
    static SparkConf configure(SparkConf conf) {
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.ui.showConsoleProgress", "true");
            // On one machine the shuffle never crosses a network: compressing it (LZ4) only spends the
            // cores that do the work, about 5% of a one-core run's CPU on 10,000,000 pings whose
            // blocks are already packed (bench/README.md, "Spark"). A cluster keeps Spark's default.
            conf.setIfMissing("spark.shuffle.compress", "false");
            conf.setIfMissing("spark.shuffle.spill.compress", "false");
            // With few partitions (under 200) Spark's map task writes one file per partition, then copies
            // them into one; the serialized sort (Kryo's records are relocatable) writes that file once:
            // 2 to 3% off a run of 10,000,000 pings on one core and on two (bench/README.md, "Spark").
            conf.setIfMissing(BYPASS_MERGE_THRESHOLD, "0");
        }
        conf.set("spark.sql.session.timeZone", "UTC");
        // the shuffled pings in their compact form (PingRecord.KryoSerializer), unless told otherwise
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.setIfMissing("spark.kryo.registrator", KryoClasses.class.getName());
        // no record refers to another: Kryo need not track the objects it has written
        conf.setIfMissing("spark.kryo.referenceTracking", "false");
        return conf;
    }
}
