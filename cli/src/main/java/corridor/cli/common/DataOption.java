package corridor.cli.common;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.InputFiles;
import corridor.data.imports.ImportJournal;
import corridor.data.load.DatasetLoad;
import corridor.model.Dataset;
import corridor.model.InputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --data DIR} option every command takes: a user's dataset directory instead of the
 * built-in CPEC dataset. Use it as {@code @Mixin DataOption data;}.
 *
 * <p>Before anything reads DIR, it is checked to be a directory, and an import into it that a crash
 * interrupted after its commit is completed (as the next import would), with a line on standard
 * error saying so: no command reads a dataset half imported.
 */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "dataset directory to use instead of the built-in CPEC dataset "
                    + "(see `corridor dataset export`)")
    Path directory;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private boolean checked;
    private Dataset dataset;
    private boolean ordered;

    /** Whether the user named a directory. */
    public boolean isGiven() {
        return directory != null;
    }

    /**
     * The directory the user named, checked and with an interrupted import completed; null for the
     * built-in dataset.
     *
     * @throws InputException when it is not a directory, or an import is committing into it right now
     */
    public Path directory() {
        if (directory != null && !checked) {
            Optional<String> notADirectory = InputFiles.notADirectory(directory);
            if (notADirectory.isPresent()) {
                throw new InputException("--data " + directory, "", "not a dataset directory: " + notADirectory.get());
            }
            try {
                ImportJournal.completeInterrupted(directory)
                        .ifPresent(done -> command.commandLine().getErr().println("corridor: " + done));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot complete the interrupted import into "
                        + directory + ": " + e.getMessage() + "; its journal is kept, the next command tries again", e));
            }
            checked = true;
        }
        return directory;
    }

    /** Reads the dataset with every problem found, without failing on errors. */
    public DatasetLoad load() {
        return directory() == null ? DatasetReader.readBuiltIn() : DatasetReader.read(directory());
    }

    /**
     * The dataset, read once.
     *
     * @throws corridor.model.InputException naming the first error when the dataset has errors
     */
    public Dataset dataset() {
        if (dataset == null) {
            dataset = directory() == null ? BuiltInDataset.load() : DatasetReader.read(directory()).orThrow();
        }
        return dataset;
    }

    /**
     * The dataset as {@link #dataset} gives it, for the commands that route: its roads with their junction
     * order for the routing hierarchy, as roads.order keeps it, or computed again and rewritten with a line
     * on standard error saying why ({@link RoadOrders}).
     *
     * @throws corridor.model.InputException naming the first error when the dataset has errors
     */
    public Dataset routingDataset() {
        Dataset read = dataset();
        if (directory() != null && !ordered) {
            dataset = RoadOrders.ensure(directory(), read, note -> command.commandLine().getErr()
                    .println("corridor: " + note));
            ordered = true;
        }
        return dataset;
    }

    /** A short name of where the data come from, for headings. */
    public String label() {
        return directory == null ? "built-in CPEC dataset" : directory.toString();
    }
}
