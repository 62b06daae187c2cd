package corridor.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: local[2], driver on 127.0.0.1, no web UI, few shuffle
 * partitions. Made on first use and stopped when the JVM ends.
 */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            SparkConf conf = SparkSessions.configure(new SparkConf().setMaster("local[2]").setAppName("corridor tests")
                    .set("spark.sql.shuffle.partitions", "2").set("spark.ui.enabled", "false")
                    .set("spark.ui.showConsoleProgress", "false"));
            session = SparkSession.builder().config(conf).getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
