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

    /** Reads a dataset directory. A missing directory or required file is an error problem. */
    public static DatasetLoad read(Path dir) {
        if (!Files.isDirectory(dir)) {
            Problem problem = Problem.error(dir.toString(), "", "", "not a dataset directory (it does not exist "
                    + "or is not a directory)");
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
