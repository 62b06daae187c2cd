package corridor.cli.route;

import corridor.api.route.CriticalityJson;
import corridor.api.route.JsonText;
import corridor.api.route.RouteRequest;
import corridor.api.route.text.CriticalityTable;
import corridor.cli.common.FormattedCommand;
import corridor.cli.common.InputFile;
import corridor.cli.common.TableOrJson;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.io.OdPairReader;
import corridor.routing.route.Objective;
import corridor.routing.route.PlaceMatcher;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code corridor criticality}: links ranked by what their loss costs a set of origin–destination pairs. */
@Command(name = "criticality", mixinStandardHelpOptions = true,
        description = "Rank links by the extra time (or cost) summed over origin-destination pairs when each is lost.")
public final class CriticalityCommand extends FormattedCommand<TableOrJson> {

    static final String PAIRS_FILE = "od-pairs.csv";

    @Mixin
    NetworkRouting routing;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "CSV with columns from,to[,note] (default: the dataset's od-pairs.csv)")
    Path pairsFile;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "time",
            description = "time or cost (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "links to list (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    EngineOption engine;

    @Override
    protected int call(TableOrJson output) {
        if (top < 1) {
            throw InputException.ofParameter("--top", "must be at least 1");
        }
        Objective by = Objective.parse(metric, "--metric");
        RouteRequest request = routing.request(null);
        Dataset dataset = data.routingDataset();
        String where = pairsFile != null ? pairsFile.toString() : data.isGiven()
                ? data.directory().resolve(PAIRS_FILE).toString() : "built-in " + PAIRS_FILE;
        List<OdPair> pairs = OdPair.matched(OdPairReader.parse(readPairs(), where), new PlaceMatcher(dataset.places()),
                where);
        RouteQuery template = request.template(dataset, pairs.get(0).fromId());
        PrintWriter err = err();
        Criticality.Report report = Criticality.rank(engine.routes(NetworkRouting.router(dataset, request)), pairs,
                template, by,
                (done, total) -> {
                    if (done == total || done % Math.max(1, total / 4) == 0) {
                        err.printf(Locale.ROOT, "criticality: %d of %d links tried%n", done, total);
                    }
                });
        // on standard error, as the progress: the ranking printed is the same whichever search answered
        err.print("criticality: ");
        EngineOption.print(err, report.answeredBy());
        PrintWriter out = out();
        if (output == TableOrJson.TABLE) {
            out.printf(Locale.ROOT, "%d pairs, %d links on their best routes; ranked by extra %s when each is lost%n",
                    pairs.size(), report.impacts().size(), by == Objective.TIME ? "hours" : "US$");
            out.print(CriticalityTable.of(report, top));
        } else {
            out.println(JsonText.pretty(CriticalityJson.answer(report, top)));
        }
        return 0;
    }

    private String readPairs() {
        if (pairsFile != null) {
            return ScenarioCommand.read(InputFile.option("--pairs", pairsFile));
        }
        if (data.isGiven()) {
            Path file = data.directory().resolve(PAIRS_FILE);
            if (!Files.isRegularFile(file)) {
                throw InputException.ofParameter("--pairs", "the dataset in " + data.directory() + " has no "
                        + PAIRS_FILE + "; give a file of pairs");
            }
            return ScenarioCommand.read(InputFile.argument(file));
        }
        return BuiltInDataset.text(PAIRS_FILE);
    }
}
