package corridor.cli.monitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corridor monitor}: corridor performance from truck pings. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Corridor performance from truck GPS pings: transit time, speeds, border and port dwell.",
        subcommands = {MonitorIngestCommand.class, MonitorReportCommand.class, MonitorScoreCommand.class})
public final class MonitorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
