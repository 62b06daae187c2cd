package corridor.cli.route;

import corridor.api.route.ComparisonJson;
import corridor.api.route.RouteRequest;
import corridor.api.route.text.ComparisonTable;
import corridor.cli.common.FormattedCommand;
import corridor.model.Dataset;
import corridor.routing.analysis.Comparison;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/**
 * {@code corridor compare}: the best route through each seaport side by side, such as the overland
 * corridor to Gwadar or Karachi against rail to a Chinese port and the sea route through Malacca.
 * Its options and JSON are {@code GET /api/compare}'s.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Routes through each seaport side by side: the overland corridor against the sea route.")
public final class CompareCommand extends FormattedCommand<RouteFormat> {

    @Mixin
    Journey journey;

    @Option(names = "--objective", paramLabel = "OBJECTIVE",
            description = "time, cost, co2 or risk: what each alternative minimises (default: time)")
    String objective;

    @Mixin
    EngineOption engine;

    @Override
    protected int call(RouteFormat output) {
        RouteRequest request = journey.request(RouteRequest.OBJECTIVE, objective);
        Dataset dataset = data.routingDataset();
        Objective by = request.objective(Objective.TIME);
        RouteQuery query = journey.query(request, dataset).withObjective(by);
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(NetworkRouting.router(dataset, request), query,
                engine.asked());
        return output.printAll(out(), alternatives.stream().map(Comparison.Alternative::result).toList(), out -> {
            out.println(dataset.place(query.fromId()).orElseThrow().name() + " → "
                    + dataset.place(query.toId()).orElseThrow().name() + ", leaving " + query.departure() + ", cargo "
                    + query.cargo().label() + ", best by " + by.name().toLowerCase(Locale.ROOT) + " through each seaport");
            out.print(ComparisonTable.of(alternatives));
            engine.printWhenNamed(out, Comparison.answeredBy(alternatives));
        }, () -> ComparisonJson.answer(by, alternatives));
    }
}
