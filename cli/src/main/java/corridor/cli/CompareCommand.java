package corridor.cli;

import corridor.model.Dataset;
import corridor.routing.Comparison;
import corridor.routing.Objective;
import corridor.routing.RouteQuery;
import corridor.routing.RouteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code corridor compare}: the best route through each seaport side by side, such as the overland
 * corridor to Gwadar or Karachi against rail to a Chinese port and the sea route through Malacca.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Routes through each seaport side by side: the overland corridor against the sea route.")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    RouteOptions options;

    @Spec
    CommandSpec spec;

    @Mixin
    Endpoints ends;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", defaultValue = "time",
            description = "time, cost, co2 or risk: what each alternative minimises (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or geojson (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        RouteFormat output = RouteFormat.parse(format);
        Dataset dataset = data.dataset();
        RouteQuery query = options.query(dataset, ends.from, ends.to).withObjective(Objective.parse(objective, "--objective"));
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(options.router(dataset), query);
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case TABLE -> {
                out.println(dataset.place(query.fromId()).orElseThrow().name() + " → "
                        + dataset.place(query.toId()).orElseThrow().name() + ", leaving " + query.departure() + ", cargo "
                        + query.cargo().label() + ", best by " + objective.trim().toLowerCase() + " through each seaport");
                out.print(Comparison.table(alternatives));
            }
            case JSON -> out.println(Comparison.json(alternatives));
            case GEOJSON -> out.println(RouteRenderer.geoJson(alternatives.stream()
                    .filter(a -> a.result().found()).map(a -> a.result().route()).toList()));
        }
        return alternatives.stream().anyMatch(a -> a.result().found()) ? 0 : 1;
    }
}
