package corridor.cli.route;

import corridor.api.matrix.MatrixJson;
import corridor.api.matrix.MatrixRequest;
import corridor.api.matrix.MatrixText;
import corridor.api.route.JsonText;
import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.cli.common.FormattedCommand;
import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.PlaceMatcher;
import corridor.routing.search.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code corridor matrix}: hours, km and cost between many places at once, by the many-to-many search
 * on the contraction hierarchy (cells it cannot answer by the A* router, marked). Its options and JSON
 * are {@code POST /api/matrix}'s, read by the same {@link MatrixRequest}. Exit code 1 when no cell
 * has a route.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Hours, km and US$ between every place of --from and every place of --to, by the many-to-many "
                + "search on the contraction hierarchy; cells it cannot answer (a closed calendar on the way, several "
                + "modes, a risk ceiling) by the A* router, marked *.",
                "Modes are road unless --modes is given. At most " + MatrixEngine.MAX_CELLS + " cells, "
                        + MatrixEngine.MAX_ROUTER_CELLS + " when every cell is the router's."})
public final class MatrixCommand extends FormattedCommand<MatrixCommand.Output> {

    @Mixin
    NetworkRouting routing;

    @Option(names = "--from", paramLabel = "PLACES", required = true,
            description = "the rows: places by id, name or alias, comma-separated or repeated")
    List<String> from = new ArrayList<>();

    @Option(names = "--to", paramLabel = "PLACES", required = true,
            description = "the columns: places by id, name or alias, comma-separated or repeated")
    List<String> to = new ArrayList<>();

    @Option(names = "--objective", paramLabel = "OBJECTIVE",
            description = "time, cost, co2 or risk: what each cell's route minimises (default: time)")
    String objective;

    @Mixin
    WeightsOption weights;

    /** The matrix as a table for people, as CSV, or as the API's JSON. */
    enum Output { TABLE, CSV, JSON }

    @Override
    protected int call(Output output) {
        TextParameters parameters = routing.parameters(RouteRequest.FROM, String.join(",", from), RouteRequest.TO,
                String.join(",", to), RouteRequest.OBJECTIVE, objective, RouteRequest.WEIGHTS, weights.text);
        Dataset dataset = data.routingDataset();
        MatrixRequest.Matrix asked = new MatrixRequest(parameters, ParameterStyle.OPTION).read(dataset,
                new PlaceMatcher(dataset.places())::match);
        RoutingGraph graph = RoutingGraph.build(dataset, asked.network(),
                new RouteRequest(parameters, ParameterStyle.OPTION).routingParameters());
        TravelMatrix matrix = new MatrixEngine(graph).compute(asked.template(), asked.fromIds(), asked.toIds(),
                new Router(graph));
        PrintWriter out = out();
        switch (output) {
            case CSV -> out.print(MatrixText.csv(matrix));
            case JSON -> out.println(JsonText.pretty(MatrixJson.answer(asked.goal(), asked.template(), matrix)));
            case TABLE -> out.print(MatrixText.table(matrix));
        }
        boolean any = matrix.cells().stream().flatMap(List::stream).anyMatch(c -> c.reachable());
        return any ? 0 : 1;
    }
}
