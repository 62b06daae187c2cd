package corridor.cli.common;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * What most commands start with: the {@code --data DIR} option ({@link DataOption}) and the streams they print to.
 * A command extends it and picocli fills both in when it builds the command. Not thread-safe: one instance a run.
 */
public abstract class DataCommand {

    /** The dataset of {@code --data}, or the built-in one. */
    @Mixin
    protected DataOption data;

    /** The command as picocli built it. */
    @Spec
    protected CommandSpec spec;

    /** Where the command prints its answer. */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where the command prints its progress and notes. */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
