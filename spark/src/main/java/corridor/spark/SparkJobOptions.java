package corridor.spark;

import org.apache.spark.SparkContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the {@code corridor-spark} commands share: {@code --data}, {@code --partitions}, {@code --master}, the Spark
 * context a job runs in and where progress goes. Use as {@code @Mixin SparkJobOptions job;}. Not thread-safe: one
 * instance a command run.
 */
final class SparkJobOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "dataset directory instead of the built-in CPEC dataset")
    Path data;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "tasks the work is spread over: for monitor the partitions of the shuffle by vehicle, for "
                    + "criticality of the links tried (default: 4 per core)")
    int partitions;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default: local[2])")
    String master;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The dataset of {@code --data}, or the built-in one, to ship to the executors. */
    DatasetSource source() {
        return data == null ? DatasetSource.builtIn() : DatasetSource.directory(data);
    }

    /** Where the command prints its answer. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where a job reports its progress: one line each on standard error, said at once. */
    Consumer<String> progress() {
        PrintWriter err = command.commandLine().getErr();
        return message -> {
            err.println("corridor-spark: " + message);
            err.flush();
        };
    }

    /**
     * Runs {@code work} in the Spark context of {@code spark-submit}, or else in one made for it (on {@code --master},
     * by default local[2]) and stopped after it.
     */
    void run(String appName, Consumer<SparkContext> work) {
        boolean owned = SparkSessions.wouldCreate();
        SparkContext spark = SparkSessions.create(appName, master);
        try {
            work.accept(spark);
        } finally {
            SparkSessions.release(spark, owned);
        }
    }
}
