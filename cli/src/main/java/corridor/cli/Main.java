package corridor.cli;

import corridor.cli.common.CommandGroup;
import corridor.cli.dataset.DatasetCommand;
import corridor.cli.dataset.ImportCommand;
import corridor.cli.dataset.InfoCommand;
import corridor.cli.dataset.StoreCommand;
import corridor.cli.dataset.TraceLinksCommand;
import corridor.cli.dataset.ValidateCommand;
import corridor.cli.evidence.CheckArticleCommand;
import corridor.cli.evidence.CheckClaimCommand;
import corridor.cli.evidence.EvidenceIndicatorsCommand;
import corridor.cli.evidence.NearCommand;
import corridor.cli.evidence.ProjectsCommand;
import corridor.cli.monitor.MonitorCommand;
import corridor.cli.monitor.SimulateFleetCommand;
import corridor.cli.route.CompareCommand;
import corridor.cli.route.CriticalityCommand;
import corridor.cli.route.IsochroneCommand;
import corridor.cli.route.MatrixCommand;
import corridor.cli.route.MineralRoutesCommand;
import corridor.cli.route.RouteCommand;
import corridor.cli.route.ScenarioCommand;
import corridor.cli.serve.ServeCommand;
import corridor.model.InputException;
import corridor.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code corridor} command. Each subcommand is a thin class of its own: it parses its
 * arguments, calls an engine and renders the answer.
 *
 * <p>Exit codes: 0 success, 1 a check found errors (for example {@code validate}), 2 bad input
 * (arguments, files), 3 an I/O failure or too little memory, 70 a bug (one line; {@code CORRIDOR_DEBUG=1} adds
 * the stack trace).
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
                MatrixCommand.class,
                IsochroneCommand.class,
                MonitorCommand.class, SimulateFleetCommand.class,
                TraceLinksCommand.class,
                corridor.cli.street.MatchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main extends CommandGroup {

    /** Exit code for bad input: arguments, files, requests. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure to read or write, or too little memory. */
    public static final int EXIT_IO = 3;
    /** Exit code for a bug: an exception no command expected. */
    public static final int EXIT_BUG = 70;
    /** The environment variable that, set, adds the stack trace to a bug's one line. */
    static final String DEBUG_VARIABLE = "CORRIDOR_DEBUG";

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
        } catch (OutOfMemoryError e) {
            // The inputs are read with limits; this is the last guard, for a heap smaller than a command needs.
            err.println("corridor: out of memory (" + e.getMessage() + "); give Java more memory (CORRIDOR_JAVA_OPTS="
                    + "-Xmx4g bin/corridor ..., or java -Xmx4g -jar corridor.jar ...) or a smaller input");
            return EXIT_IO;
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
            errors.println("corridor: internal error, a bug: " + ex + "; please report it with the command line"
                    + (System.getenv(DEBUG_VARIABLE) == null ? " (" + DEBUG_VARIABLE + "=1 prints where it happened)" : ""));
            if (System.getenv(DEBUG_VARIABLE) != null) {
                ex.printStackTrace(errors);
            }
            return EXIT_BUG;
        });
        return commandLine;
    }
}
