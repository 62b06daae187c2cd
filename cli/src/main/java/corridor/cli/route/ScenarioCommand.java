package corridor.cli.route;

import corridor.api.route.JsonText;
import corridor.api.route.RouteRequest;
import corridor.api.route.ScenarioComparisonJson;
import corridor.api.route.text.ScenarioTable;
import corridor.cli.common.FormattedCommand;
import corridor.cli.common.InputFile;
import corridor.cli.common.TableOrJson;
import corridor.model.Dataset;
import corridor.routing.io.ScenarioReader;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.scenario.Scenario;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.scenario.ScenarioComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code corridor scenario FILE}: a route before and after a scenario's changes, and the difference.
 * Its options and JSON are {@code GET /api/scenarios/{id}/run}'s; the network is the scenario's own.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Route before and after a scenario (YAML or JSON) opens, closes or changes links and places.")
public final class ScenarioCommand extends FormattedCommand<TableOrJson> {

    /** Longest scenario or pairs file read, in characters: far beyond any written by hand. */
    static final int MAX_CHARS = 1_000_000;

    @Mixin
    RouteOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file, YAML or JSON (at most " + MAX_CHARS
            + " characters)")
    Path file;

    @Mixin
    Endpoints ends;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", description = "time, cost, co2 or risk (default: time)")
    String objective;

    @Mixin
    EngineOption engine;

    @Override
    protected int call(TableOrJson output) {
        RouteRequest request = options.request(ends, null, RouteRequest.OBJECTIVE, objective);
        Scenario scenario = ScenarioReader.parse(read(InputFile.argument(file)), file.toString());
        Dataset dataset = data.routingDataset();
        RouteQuery query = request.query(dataset).withObjective(request.objective(Objective.TIME));
        RoutingParameters parameters = request.routingParameters();
        ScenarioComparison result = ScenarioComparison.run(scenario, dataset, query, parameters, file.toString(),
                engine.routes(RoutingGraph.build(dataset, scenario.network(), parameters)));
        out().print(output == TableOrJson.TABLE ? ScenarioTable.of(result)
                : JsonText.pretty(ScenarioComparisonJson.answer(result)) + "\n");
        if (output == TableOrJson.TABLE) {
            engine.printWhenNamed(out(), result.answeredBy());
        }
        return 0;
    }

    /** A hand-written file of the routing commands (a scenario, OD pairs) as text, at most {@link #MAX_CHARS}. */
    static String read(InputFile file) {
        return file.readText(MAX_CHARS, "YAML, JSON or CSV text");
    }
}
