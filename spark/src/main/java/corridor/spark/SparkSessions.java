package corridor.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command. Under {@code spark-submit} the master and every setting come
 * from it; run directly (bin/corridor-spark), the master is {@code --master} (default
 * {@code local[2]}). A local master binds the driver to 127.0.0.1, runs without the web UI
 * unless {@code spark.ui.enabled} says otherwise, and shows the stages' progress on standard error. Timestamps are read and written in UTC.
 */
final class SparkSessions {

    /** The master when neither spark-submit nor --master names one. */
    static final String DEFAULT_MASTER = "local[2]";

    private SparkSessions() {
    }

    /**
     * The session a command runs in. When this JVM already has one (a test's), it is used and left
     * running; otherwise a new one is made, to be stopped with {@link #release}.
     */
    static SparkSession create(String appName, String master) {
        scala.Option<SparkSession> active = SparkSession.getDefaultSession();
        if (active.isDefined()) {
            return active.get();
        }
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        return SparkSession.builder().config(configure(conf).setAppName(appName)).getOrCreate();
    }

    /** Stops {@code spark} unless it was there before the command ({@link #create}). */
    static void release(SparkSession spark, boolean owned) {
        if (owned) {
            spark.stop();
        }
    }

    /** Whether {@link #create} would make a new session. */
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
        }
        conf.set("spark.sql.session.timeZone", "UTC");
        return conf;
    }
}
