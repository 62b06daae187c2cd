package corridor.cli.route;

import corridor.api.route.ComparisonJson;
import corridor.api.route.JsonText;
import corridor.api.route.RouteGeoJson;
import corridor.api.route.RouteRequest;
import corridor.api.route.text.ComparisonTable;
import corridor.cli.common.DataOption;
import corridor.cli.common.NetworkOption;
import corridor.model.Dataset;
import corridor.routing.analysis.Comparison;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code corridor compare}: the best route through each seaport side by side, such as the overland
 * corridor to Gwadar or Karachi against rail to a Chinese port and the sea route through Malacca.
 * Its options and JSON are {@code GET /api/compare}'s.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Routes through each seaport side by side: the overland corridor against the sea route.")
public final class CompareCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    RouteOptions options;

    @Mixin
    NetworkOption network;

    @Spec
    CommandSpec spec;

    @Mixin
    Endpoints ends;

    @Option(names = "--objective", paramLabel = "OBJECTIVE",
            description = "time, cost, co2 or risk: what each alternative minimises (default: time)")
    String objective;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or geojson (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        RouteFormat output = RouteFormat.parse(format);
        RouteRequest request = options.request(ends, network, RouteRequest.OBJECTIVE, objective);
        Dataset dataset = data.dataset();
        Objective by = request.objective(Objective.TIME);
        RouteQuery query = request.query(dataset).withObjective(by);
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(RouteOptions.router(dataset, request), query);
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case TABLE -> {
                out.println(dataset.place(query.fromId()).orElseThrow().name() + " → "
                        + dataset.place(query.toId()).orElseThrow().name() + ", leaving " + query.departure() + ", cargo "
                        + query.cargo().label() + ", best by " + by.name().toLowerCase(Locale.ROOT) + " through each seaport");
                out.print(ComparisonTable.of(alternatives));
            }
            case JSON -> out.println(JsonText.pretty(ComparisonJson.answer(by, alternatives)));
            case GEOJSON -> out.println(JsonText.pretty(RouteGeoJson.features(alternatives.stream()
                    .filter(a -> a.result().found()).map(a -> a.result().route()).toList())));
        }
        return alternatives.stream().anyMatch(a -> a.result().found()) ? 0 : 1;
    }
}
