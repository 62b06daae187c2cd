package corridor.cli.street;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.InputFiles;
import corridor.data.imports.ImportJournal;
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
 * The {@code --data DIR} option of the street-level commands, with the same checks as
 * {@code corridor.cli.DataOption} (a directory; an interrupted import completed first, said on standard
 * error). A package of its own may not use {@code corridor.cli}, which registers its commands (no
 * package cycles): once {@code DataOption} lives in a package below {@code corridor.cli}, this class
 * gives way to it.
 */
public final class StreetData {

    @Option(names = "--data", paramLabel = "DIR",
            description = "dataset directory with imported OpenStreetMap roads (corridor import osm FILE --into DIR)")
    Path directory;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The dataset of {@code --data}, or the built-in one.
     *
     * @throws InputException when DIR is not a directory or its dataset has errors
     */
    public Dataset dataset() {
        if (directory == null) {
            return BuiltInDataset.load();
        }
        Optional<String> notADirectory = InputFiles.notADirectory(directory);
        if (notADirectory.isPresent()) {
            throw new InputException("--data " + directory, "", "not a dataset directory: " + notADirectory.get());
        }
        try {
            ImportJournal.completeInterrupted(directory)
                    .ifPresent(done -> command.commandLine().getErr().println("corridor: " + done));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot complete the interrupted import into " + directory
                    + ": " + e.getMessage() + "; its journal is kept, the next command tries again", e));
        }
        return DatasetReader.read(directory).orThrow();
    }
}
