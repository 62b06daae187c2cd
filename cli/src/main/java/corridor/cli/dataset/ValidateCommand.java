package corridor.cli.dataset;

import corridor.api.roads.RoadLayerIntegrity;
import corridor.cli.common.DataCommand;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code corridor validate}: checks a dataset (schema, ranges, references, sources, geometry) and
 * prints every problem with its file, line or feature, field and reason. Exits 1 on any error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a dataset: schema, ranges, references, sources, geometry. Exits 1 on any error.")
public final class ValidateCommand extends DataCommand implements Callable<Integer> {

    /** Exit code when the dataset has errors. */
    static final int EXIT_INVALID = 1;

    @Override
    public Integer call() {
        DatasetLoad load = data.load();
        PrintWriter out = out();
        for (Problem problem : load.problems()) {
            out.println(problem);
        }
        List<String> roadErrors = RoadLayerIntegrity.errors(load.dataset().roads());
        roadErrors.forEach(out::println);
        int errors = load.errors().size() + roadErrors.size();
        int warnings = load.warnings().size();
        out.printf("%s: %d error%s, %d warning%s%n", data.label(), errors, errors == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s");
        return errors == 0 ? 0 : EXIT_INVALID;
    }
}
