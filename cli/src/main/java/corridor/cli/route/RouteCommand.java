package corridor.cli.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.route.DirectionsJson;
import corridor.api.route.JsonText;
import corridor.api.route.ParetoJson;
import corridor.api.route.RouteGeoJson;
import corridor.api.route.RouteGoal;
import corridor.api.route.RouteJson;
import corridor.api.route.RouteRequest;
import corridor.api.route.text.DirectionsText;
import corridor.api.route.text.RouteTable;
import corridor.cli.common.FormattedCommand;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.directions.TurnByTurn;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code corridor route}: the best route, or the Pareto set, between two places. Exit code 1 when
 * there is no route, with the reason (a closed pass, say) printed instead. Its options are
 * {@code GET /api/route}'s parameters, read by the same {@link RouteRequest}; its JSON is the API's.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = "Best freight route between two places by time, cost, CO2 or risk, or the Pareto set of all four.")
public final class RouteCommand extends FormattedCommand<RouteCommand.Output> {

    @Mixin
    Journey journey;

    @Option(names = "--objective", paramLabel = "OBJECTIVE",
            description = "time, cost, co2, risk or pareto (default: time)")
    String objective;

    @Mixin
    WeightsOption weights;

    /** What {@code route} prints: besides {@link RouteFormat}'s, the route as GPX and its directions as text. */
    enum Output { TABLE, JSON, GEOJSON, GPX, DIRECTIONS }

    @Option(names = "--directions",
            description = "with --format json: add the route's turn-by-turn directions (the API's directions=true)")
    boolean directions;

    @Mixin
    EngineOption engine;

    RouteCommand() {
        super("directions: turn by turn, with street names on imported roads");
    }

    @Override
    protected int call(Output output) {
        if (directions && output != Output.JSON) {
            throw InputException.ofParameter("--directions", "adds directions to --format json; for text use "
                    + "--format directions");
        }
        RouteRequest request = journey.request(RouteRequest.OBJECTIVE, objective, RouteRequest.WEIGHTS, weights.text,
                RouteRequest.DIRECTIONS, directions ? "true" : null);
        Dataset dataset = data.routingDataset();
        RouteQuery query = journey.query(request, dataset);
        RouteGoal goal = request.goal();
        boolean withDirections = request.directions(); // also refuses directions with pareto
        Router router = NetworkRouting.router(dataset, request);
        PrintWriter out = out();
        if (goal.pareto()) {
            if (output == Output.GPX || output == Output.DIRECTIONS) {
                throw InputException.ofParameter("--format", output.name().toLowerCase(Locale.ROOT)
                        + " writes one route; not with --objective pareto");
            }
            return printPareto(out, router.pareto(query), output);
        }
        RouteResult result = engine.routes(router).route(query.withWeights(goal.weights()), null);
        if (!result.found()) {
            out.println(output == Output.JSON || output == Output.GEOJSON
                    ? JsonText.pretty(RouteJson.answer(goal, result)) : result.whyNone());
            return 1;
        }
        switch (output) {
            case TABLE -> {
                out.print(RouteTable.of(result.route()));
                result.closures().forEach(c -> out.println("closed on the way: " + c.describe()));
                result.exclusions().forEach(e -> out.println("kept off by " + e.describe()));
                engine.printWhenNamed(out, result);
            }
            case JSON -> {
                ObjectNode answer = RouteJson.answer(goal, result);
                if (withDirections) {
                    DirectionsJson.addTo(answer, new TurnByTurn(dataset.roads()).of(result.route()));
                }
                out.println(JsonText.pretty(answer));
            }
            case GEOJSON -> out.println(JsonText.pretty(RouteGeoJson.features(List.of(result.route()))));
            case GPX -> out.print(corridor.api.gpx.RouteGpx.of(result.route(), !dataset.roads().isEmpty()));
            case DIRECTIONS -> out.print(DirectionsText.of(result.route(),
                    new TurnByTurn(dataset.roads()).of(result.route())));
        }
        return 0;
    }

    /** The Pareto set in a format of one or more routes (table, json or geojson). */
    private static int printPareto(PrintWriter out, ParetoResult result, Output output) {
        boolean none = result.routes().isEmpty();
        switch (output) {
            case TABLE -> {
                if (none) {
                    out.println(new RouteResult(null, result.closures()).whyNone());
                    return 1;
                }
                out.printf(Locale.ROOT, "%d routes, none better than another on time, cost, CO2 and risk together%n",
                        result.routes().size());
                out.print(RouteTable.of(result));
                result.closures().forEach(c -> out.println("closed on the way: " + c.describe()));
            }
            case JSON -> out.println(JsonText.pretty(ParetoJson.answer(result)));
            case GEOJSON -> out.println(JsonText.pretty(RouteGeoJson.features(result.routes())));
            default -> throw new IllegalStateException(output + " prints one route");
        }
        return none ? 1 : 0;
    }
}
