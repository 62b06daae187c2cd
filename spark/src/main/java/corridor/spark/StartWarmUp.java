package corridor.spark;

import org.apache.hadoop.security.UserGroupInformation;

/**
 * Part of Spark's start run on a thread of its own while picocli builds the command line, when
 * {@code bin/corridor-spark} starts the JVM (not spark-submit, whose driver has started Spark
 * already). It runs what the driver would run next on {@code main} anyway and that needs nothing
 * from the command line: the static initialisers of Spark's configuration entries (about a
 * thousand, each with a lambda spun at run time) and Hadoop's login of the current user (its
 * security and configuration classes), together about 0.2 s of CPU. On a second core, which is
 * partly idle while the driver starts, that comes off the driver's path to its first task
 * (bench/README.md, "Issue 27, session 9"). The result is dropped; a failure too, since the
 * driver runs the same code next and reports it.
 *
 * <p>{@link #await} must return before {@code main} touches a Spark or Hadoop class: two threads
 * initialising the same Scala objects in different orders could each wait for the other for ever.
 * Not thread-safe: begun and awaited on one thread, once a run.
 */
final class StartWarmUp {

    /** The name of the warm-up's thread. */
    static final String THREAD_NAME = "corridor-spark-start";

    private final Thread thread;

    private StartWarmUp(Thread thread) {
        this.thread = thread;
    }

    /**
     * Begins the warm-up, unless spark-submit started this JVM (it sets {@code spark.master}) or
     * {@code -Dcorridor.spark.startWarmUp=false} turns it off (bench/spark/first-task.sh compares the two).
     */
    static StartWarmUp begin() {
        if (System.getProperty("spark.master") != null
                || !Boolean.parseBoolean(System.getProperty("corridor.spark.startWarmUp", "true"))) {
            return new StartWarmUp(null);
        }
        Thread thread = new Thread(StartWarmUp::warm, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return new StartWarmUp(thread);
    }

    private static void warm() {
        try {
            ClassLoader loader = StartWarmUp.class.getClassLoader();
            Class.forName("org.apache.spark.internal.config.package$", true, loader);
            Class.forName("org.apache.spark.SparkConf$", true, loader);
            UserGroupInformation.getCurrentUser();
        } catch (Exception | LinkageError e) {
            // dropped: the driver runs the same next and reports what fails
        }
    }

    /** Whether a warm-up thread was started. */
    boolean started() {
        return thread != null;
    }

    /** Waits for the warm-up to end; returns at once when none was started. */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
