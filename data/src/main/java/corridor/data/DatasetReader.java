package corridor.data;

import corridor.data.load.DatasetFiles;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.data.load.ProblemOrder;
import corridor.data.read.DatasetParser;
import corridor.data.read.ParsedDataset;
import corridor.data.validate.CrossFileRules;
import corridor.data.validate.Findings;
import corridor.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dataset directory (the files of {@code data/DATASET.md}) into a {@link Dataset}.
 *
 * <p>Reading is lenient and collecting: it never throws for bad content. Every problem becomes a
 * {@link Problem} naming file, line or feature, field and reason, and the record at fault is left
 * out. Each layer has its reader ({@link DatasetParser}); the cross-file rules of
 * {@link DatasetValidator} run last and their problems are included; the street-level roads
 * ({@code roads.bin}) are attached by {@link RoadLayerReader}. Stateless; thread-safe.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /**
     * The journal an import into an existing dataset directory writes at its commit point and removes
     * when done ({@code corridor.data.imports.ImportJournal}); a directory holding one is not read.
     */
    public static final String IMPORT_JOURNAL = ".corridor-import-journal";

    /**
     * Reads a dataset directory. A missing directory or required file is an error problem, and so is
     * an unfinished import's journal ({@link #IMPORT_JOURNAL}): complete it first
     * ({@code ImportJournal.completeInterrupted}).
     */
    public static DatasetLoad read(Path dir) {
        Optional<String> notADirectory = InputFiles.notADirectory(dir);
        if (notADirectory.isPresent()) {
            Problem problem = Problem.error(dir.toString(), "", "", "not a dataset directory: " + notADirectory.get());
            return new DatasetLoad(emptyDataset(dir.toString()), List.of(problem));
        }
        if (Files.exists(dir.resolve(IMPORT_JOURNAL))) {
            // Part of the import's files may be in and part not: such a directory is not read as a dataset.
            Problem problem = Problem.error(dir.toString(), "", "", "an import into it is unfinished (its journal "
                    + IMPORT_JOURNAL + " is there); `corridor validate --data " + dir + "` or the next `corridor import "
                    + "... --into " + dir + "` completes it");
            return new DatasetLoad(emptyDataset(dir.toString()), List.of(problem));
        }
        DatasetLoad load = readAll(DatasetFiles.directory(dir));
        Path roads = dir.resolve(RoadLayerFile.NAME);
        return Files.isRegularFile(roads) ? RoadLayerReader.attach(load, roads) : load;
    }

    /** Reads the built-in CPEC dataset from the classpath (also from inside the runnable jar). */
    public static DatasetLoad readBuiltIn() {
        return readAll(BuiltInDataset.files());
    }

    private static Dataset emptyDataset(String name) {
        return new Dataset(name, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Every layer read, the cross-file rules run, the records they found in error left out. */
    private static DatasetLoad readAll(DatasetFiles files) {
        ParsedDataset parsed = DatasetParser.parse(files);
        Findings findings = CrossFileRules.check(parsed.dataset(), parsed.locations(), parsed.leftOut(),
                CrossFileRules.today());
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(findings.problems());
        return new DatasetLoad(findings.withoutErrors(parsed.dataset()), ProblemOrder.sorted(problems),
                parsed.locations());
    }
}
