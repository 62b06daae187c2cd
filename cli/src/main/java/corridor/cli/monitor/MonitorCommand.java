package corridor.cli.monitor;

import corridor.cli.common.CommandGroup;
import picocli.CommandLine.Command;

/** {@code corridor monitor}: corridor performance from truck pings. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Corridor performance from truck GPS pings: transit time, speeds, border and port dwell.",
        subcommands = {MonitorIngestCommand.class, MonitorReportCommand.class, MonitorScoreCommand.class})
public final class MonitorCommand extends CommandGroup {
}
