package corridor.spark;

import corridor.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code corridor-spark} command: monitoring and criticality on Apache Spark, for inputs one
 * machine cannot hold. Run by {@code bin/corridor-spark} (local master) or by {@code spark-submit}
 * on a cluster. Exit codes as {@code corridor}'s: 0 success, 2 bad input, 3 an I/O failure.
 */
@Command(name = "corridor-spark", mixinStandardHelpOptions = true,
        description = "Corridor monitoring and criticality on Apache Spark (local or on a cluster).",
        subcommands = {SparkMonitorCommand.class, SparkCriticalityCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_IO = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // picocli looks for Groovy's closure class once, through every jar on the class path (some
        // 200 here, about 0.1 s); no corridor-spark annotation holds a closure
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        // Spark's start begun beside picocli's (StartWarmUp), awaited before the command touches Spark
        StartWarmUp warmUp = StartWarmUp.begin();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InputException) {
                cmd.getErr().println("corridor-spark: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof UncheckedIOException io) {
                cmd.getErr().println("corridor-spark: " + io.getCause().getMessage());
                return EXIT_IO;
            }
            throw ex;
        });
        warmUp.await();
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
