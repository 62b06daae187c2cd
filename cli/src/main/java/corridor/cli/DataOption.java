package corridor.cli;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.load.DatasetLoad;
import corridor.model.Dataset;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --data DIR} option every command takes: a user's dataset directory instead of the
 * built-in CPEC dataset. Use it as {@code @Mixin DataOption data;}.
 */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "dataset directory to use instead of the built-in CPEC dataset "
                    + "(see `corridor dataset export`)")
    Path directory;

    private Dataset dataset;

    /** Whether the user named a directory. */
    public boolean isGiven() {
        return directory != null;
    }

    /** The directory the user named, or null for the built-in dataset. */
    public Path directory() {
        return directory;
    }

    /** Reads the dataset with every problem found, without failing on errors. */
    public DatasetLoad load() {
        return directory == null ? DatasetReader.readBuiltIn() : DatasetReader.read(directory);
    }

    /**
     * The dataset, read once.
     *
     * @throws corridor.model.InputException naming the first error when the dataset has errors
     */
    public Dataset dataset() {
        if (dataset == null) {
            dataset = directory == null ? BuiltInDataset.load() : DatasetReader.read(directory).orThrow();
        }
        return dataset;
    }

    /** A short name of where the data come from, for headings. */
    public String label() {
        return directory == null ? "built-in CPEC dataset" : directory.toString();
    }
}
