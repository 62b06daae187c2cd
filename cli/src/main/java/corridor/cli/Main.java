package corridor.cli;

import corridor.model.InputException;
import corridor.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code corridor} command. Each subcommand is a thin class of its own: it parses its
 * arguments, calls an engine and renders the answer.
 *
 * <p>Exit codes: 0 success, 1 a check found errors (for example {@code validate}), 2 bad input
 * (arguments, files), 3 an I/O failure, 70 a bug.
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Plan and monitor an economic corridor. Built-in dataset: the China-Pakistan Economic Corridor.",
        subcommands = {
                InfoCommand.class,
                ValidateCommand.class,
                DatasetCommand.class,
                ServeCommand.class,
                StoreCommand.class,
                ProjectsCommand.class,
                EvidenceIndicatorsCommand.class,
                CheckClaimCommand.class,
                CheckArticleCommand.class,
                ImportCommand.class,
                NearCommand.class,
                RouteCommand.class,
                CompareCommand.class,
                MineralRoutesCommand.class,
                ScenarioCommand.class,
                CriticalityCommand.class,
                MonitorCommand.class, SimulateFleetCommand.class,
                TraceLinksCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for bad input: arguments, files, requests. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure to read or write. */
    public static final int EXIT_IO = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given streams, as {@link #main} does, and returns the exit
     * code instead of exiting. Tests call this.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        try {
            return commandLine.execute(args);
        } finally {
            // Commands print tables with print(), which an auto-flushing writer does not flush.
            out.flush();
            err.flush();
        }
    }

    /** The configured picocli command line: error handling and streams. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter errors = cmd.getErr();
            if (ex instanceof InputException) {
                errors.println("corridor: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof StoreException store) {
                errors.println("corridor: " + store.getMessage());
                return EXIT_IO;
            }
            if (ex instanceof UncheckedIOException io) {
                errors.println("corridor: " + io.getCause().getMessage());
                return EXIT_IO;
            }
            throw ex;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
