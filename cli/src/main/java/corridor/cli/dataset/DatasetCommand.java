package corridor.cli.dataset;

import corridor.cli.common.CommandGroup;
import corridor.data.BuiltInDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code corridor dataset ...}: work with dataset directories. */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Work with dataset directories.",
        subcommands = DatasetCommand.Export.class)
public final class DatasetCommand extends CommandGroup {

    /** {@code corridor dataset export DIR}: writes the built-in dataset to a directory to edit. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the built-in dataset to DIR, to edit and then use with --data DIR.")
    static final class Export implements Runnable {

        @Parameters(paramLabel = "DIR", description = "directory to write (created when missing)")
        Path directory;

        @Option(names = "--force", description = "replace dataset files already in DIR")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            BuiltInDataset.exportTo(directory, force);
            spec.commandLine().getOut().printf("Wrote %d files of the built-in dataset to %s%n",
                    BuiltInDataset.fileNames().size(), directory);
            spec.commandLine().getOut().println("Use them with: corridor --data " + directory + " <command>");
        }
    }
}
