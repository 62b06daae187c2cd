package corridor.server.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.route.ComparisonJson;
import corridor.api.route.DirectionsJson;
import corridor.api.route.ExportRoutesJson;
import corridor.api.route.ParameterStyle;
import corridor.api.route.ParetoJson;
import corridor.api.route.RouteGoal;
import corridor.api.route.RouteJson;
import corridor.api.route.RouteRequest;
import corridor.api.route.VehicleJson;
import corridor.model.InputException;
import corridor.model.network.ObservedTimes;
import corridor.model.record.MineralArea;
import corridor.model.network.Place;
import corridor.routing.directions.TurnByTurn;
import corridor.routing.route.RouteResult;
import corridor.routing.analysis.Comparison;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import corridor.server.dataset.Observatory;
import corridor.server.dataset.PerRoadLayer;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Routes, Pareto sets, the comparison of the corridor with the sea route, and the routes of mineral
 * areas. Parameters are read by the {@code api} module's {@link RouteRequest} (the command line's
 * rules and messages), answers written by its JSON writers (the command line's {@code --format json}).
 * With a monitoring state, routes and comparisons take its observed medians ({@code route --observed}).
 */
public final class RouteApi {

    /** The parameter naming the mineral area of {@code /api/mineral-routes}. */
    private static final String MINERAL = "mineral";

    /** The parameters of {@code /api/route}: a route's, and whether to add its turn-by-turn directions. */
    private static final List<String> ROUTE = Stream.concat(RouteRequest.ROUTE.stream(),
            Stream.of(RouteRequest.DIRECTIONS)).toList();

    private final Supplier<Observatory> current;
    /** Directions over the last road layer served (rebuilt when an upload changes it). */
    private final PerRoadLayer<TurnByTurn> turnByTurn = new PerRoadLayer<>(TurnByTurn::new);
    private final Supplier<Optional<ObservedTimes>> observed;

    /**
     * Routes and comparisons on the times the corridor measured where {@code observed} gives some (the
     * server's monitoring state), on the model elsewhere.
     */
    public RouteApi(Supplier<Observatory> current, Supplier<Optional<ObservedTimes>> observed) {
        this.current = current;
        this.observed = observed;
    }

    /** Registers the endpoints, each answering from the observatory served when the request comes. */
    public void register(JavalinConfig config) {
        Endpoint.ROUTE.register(config, current, this::route);
        Endpoint.COMPARE.register(config, current, this::compare);
        Endpoint.MINERAL_ROUTES.register(config, current, RouteApi::mineralRoutes);
        Endpoint.VEHICLES.register(config, current, RouteApi::vehicles);
    }

    /** The served dataset's vehicle profiles, for the planner's choice. */
    private static void vehicles(Context ctx, Observatory observatory) {
        Params.of(ctx);
        ctx.json(VehicleJson.list(observatory.dataset().vehicles()));
    }

    /** The request of {@code ctx}, which may take only {@code parameters}. */
    static RouteRequest request(Context ctx, List<String> parameters) {
        return new RouteRequest(Params.of(ctx, parameters.toArray(String[]::new)).asText(), ParameterStyle.API);
    }

    /** The query {@code request} describes on {@code observatory}'s dataset; places match by id, name or alias. */
    static RouteQuery query(Observatory observatory, RouteRequest request) {
        return request.query(observatory.dataset(), observatory.places()::match);
    }

    /** As {@link #query(Observatory, RouteRequest)}, with the monitoring state's observed times when there is one. */
    private RouteQuery observedQuery(Observatory observatory, RouteRequest request) {
        return query(observatory, request).withObserved(observed.get().orElse(null));
    }

    private void route(Context ctx, Observatory observatory) {
        RouteRequest request = request(ctx, ROUTE);
        RouteQuery query = observedQuery(observatory, request);
        RouteGoal goal = request.goal();
        boolean directions = request.directions();
        Router router = observatory.router(request.network());
        if (goal.pareto()) {
            ctx.json(ParetoJson.answer(router.pareto(query)));
            return;
        }
        RouteResult result = observatory.routes(request.network()).route(query.withWeights(goal.weights()), router);
        if (directions && result.found()) {
            ObjectNode answer = RouteJson.answer(goal, result);
            DirectionsJson.addTo(answer, turnByTurn.of(observatory.dataset().roads()).of(result.route()));
            ctx.json(answer);
            return;
        }
        // streamed: the same text as ctx.json of the answer's tree, without building the tree
        ctx.contentType(ContentType.APPLICATION_JSON).result(Json.bytes(json -> RouteJson.write(json, goal, result)));
    }

    private void compare(Context ctx, Observatory observatory) {
        RouteRequest request = request(ctx, RouteRequest.COMPARE);
        Objective objective = request.objective(Objective.TIME);
        RouteQuery query = observedQuery(observatory, request).withObjective(objective);
        ctx.json(ComparisonJson.answer(objective, Comparison.viaSeaports(observatory.router(request.network()), query,
                RouteEngine.HIERARCHY)));
    }

    /**
     * For one mineral area, the route to China by each way out of Pakistan (by road over each border
     * crossing, by land and sea through each seaport), best by the objective (cost by default).
     */
    private static void mineralRoutes(Context ctx, Observatory observatory) {
        List<String> parameters = Stream.concat(Stream.of(MINERAL), RouteRequest.MINERAL_ROUTES.stream()).toList();
        Params params = Params.of(ctx, parameters.toArray(String[]::new));
        RouteRequest request = new RouteRequest(params.asText(), ParameterStyle.API);
        String id = params.required(MINERAL, "saindak");
        MineralArea area = observatory.dataset().minerals().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> InputException.ofParameter(MINERAL, "no mineral area with id '" + id + "'"));
        Place overland = observatory.places().match("kashgar", MINERAL);
        Objective objective = request.objective(Objective.COST);
        RouteQuery template = request.template(observatory.dataset(), observatory.places()::match, overland.id())
                .withObjective(objective);
        Router router = observatory.router(request.network());
        List<ExportRoutes.WayOut> ways = ExportRoutes.waysOut(observatory.dataset().places(), router.graph().links(), "PK", "CN");
        ObjectNode body = ExportRoutesJson.answer(objective,
                ExportRoutes.routes(router, List.of(area), ways, template, "CN", overland.id()));
        ctx.json(body);
    }
}
