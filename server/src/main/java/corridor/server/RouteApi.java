package corridor.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.InputException;
import corridor.model.Mode;
import corridor.model.MineralArea;
import corridor.model.Place;
import corridor.routing.Cargo;
import corridor.routing.Comparison;
import corridor.routing.ExportRoutes;
import corridor.routing.NetworkFilter;
import corridor.routing.Objective;
import corridor.routing.ParetoResult;
import corridor.routing.RouteQuery;
import corridor.routing.Router;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Routes, Pareto sets and the comparison of the corridor with the sea route. */
final class RouteApi {

    static final String[] ROUTE_PARAMETERS = {"from", "to", "objective", "date", "cargo", "modes", "avoid", "network",
            "risk_max"};
    private static final String DEFAULT_CARGO = "20t";

    private final Supplier<Observatory> current;

    RouteApi(Supplier<Observatory> current) {
        this.current = current;
    }

    /** The dataset being served now (an upload may replace it between requests). */
    private Observatory observatory() {
        return current.get();
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/route", this::route);
        config.routes.get("/api/compare", this::compare);
        config.routes.get("/api/mineral-routes", this::mineralRoutes);
    }

    /**
     * For one mineral area, the route to China by each way out of Pakistan (by road over each border
     * crossing, by land and sea through each seaport), best by the objective (cost by default).
     */
    private void mineralRoutes(Context ctx) {
        Params params = Params.of(ctx, "mineral", "objective", "date", "cargo", "network");
        Observatory observatory = observatory();
        String id = params.required("mineral", "saindak");
        MineralArea area = observatory.dataset().minerals().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> InputException.ofParameter("mineral", "no mineral area with id '" + id + "'"));
        Place overland = observatory.places().match("kashgar", "mineral");
        LocalDate date = params.date("date", LocalDate.now(ZoneOffset.UTC));
        Cargo cargo = Cargo.parse(params.text("cargo").orElse(DEFAULT_CARGO), observatory.parameters().tonnesPerTeu(), "cargo");
        RouteQuery template = RouteQuery.of(overland.id(), overland.id(), date, cargo)
                .withObjective(parseObjective(params.text("objective").orElse("cost")));
        Router router = observatory.router(network(params));
        List<ExportRoutes.WayOut> ways = ExportRoutes.waysOut(observatory.dataset().places(), router.graph().links(), "PK", "CN");
        ArrayNode rows = Json.array();
        for (ExportRoutes.Row row : ExportRoutes.routes(router, List.of(area), ways, template, "CN", overland.id())) {
            ObjectNode node = RouteJson.result(row.result());
            node.put("start", row.start().place().id());
            node.put("start_name", row.start().place().name());
            node.put("first_mile_km", row.start().firstMileKm());
            ObjectNode way = node.putObject("way_out");
            way.put("id", row.way().via().id());
            way.put("label", row.way().label());
            way.put("kind", Features.lower(row.way().kind()));
            node.put("to", row.destination() == null ? null : row.destination().id());
            node.put("to_name", row.destination() == null ? null : row.destination().name());
            if (row.result().found()) {
                node.put("cost_usd_per_tonne", row.costUsdPerTonne());
                node.put("cost_incomplete", row.result().route().hasUnknownCost());
            }
            rows.add(node);
        }
        ObjectNode body = Json.object();
        body.put("mineral", area.id());
        body.put("name", area.name());
        body.set("routes", rows);
        ctx.json(body);
    }

    private void route(Context ctx) {
        Params params = Params.of(ctx, ROUTE_PARAMETERS);
        Observatory observatory = observatory();
        Router router = observatory.router(network(params));
        String objective = params.text("objective").orElse("time").toLowerCase(java.util.Locale.ROOT);
        if (objective.equals("pareto")) {
            RouteQuery query = query(observatory, params, Objective.TIME);
            ParetoResult pareto = router.pareto(query);
            ObjectNode body = Json.object();
            body.put("objective", "pareto");
            body.put("truncated", pareto.truncated());
            ArrayNode routes = body.putArray("routes");
            pareto.routes().forEach(r -> routes.add(RouteJson.route(r)));
            ArrayNode closures = body.putArray("closures");
            pareto.closures().forEach(c -> closures.add(c.describe()));
            ctx.json(body);
            return;
        }
        RouteQuery query = query(observatory, params, parseObjective(objective));
        ObjectNode body = RouteJson.result(router.route(query));
        body.put("objective", objective);
        ctx.json(body);
    }

    private void compare(Context ctx) {
        Params params = Params.of(ctx, ROUTE_PARAMETERS);
        Observatory observatory = observatory();
        Objective objective = parseObjective(params.text("objective").orElse("time"));
        RouteQuery query = query(observatory, params, objective);
        ArrayNode alternatives = Json.array();
        for (Comparison.Alternative alternative : Comparison.viaSeaports(observatory.router(network(params)), query)) {
            ObjectNode node = RouteJson.result(alternative.result());
            ObjectNode via = node.putObject("via");
            via.put("id", alternative.via().id());
            via.put("name", alternative.via().name());
            via.put("country", alternative.via().country());
            ObjectNode km = node.putObject("km_by_mode");
            alternative.kmByMode().forEach((mode, distanceKm) -> km.put(Features.lower(mode), distanceKm));
            alternatives.add(node);
        }
        ObjectNode body = Json.object();
        body.put("objective", objective.name().toLowerCase(java.util.Locale.ROOT));
        body.set("alternatives", alternatives);
        ctx.json(body);
    }

    /** The route query the parameters describe on {@code observatory}'s dataset; places match by id, name or alias. */
    static RouteQuery query(Observatory observatory, Params params, Objective objective) {
        Place from = observatory.places().match(params.required("from", "Kashgar"), "from");
        Place to = observatory.places().match(params.required("to", "Gwadar"), "to");
        if (from.id().equals(to.id())) {
            throw InputException.ofParameter("to", "from and to are the same place (" + from.name() + "); pick two places");
        }
        LocalDate date = params.date("date", LocalDate.now(ZoneOffset.UTC));
        Cargo cargo = Cargo.parse(params.text("cargo").orElse(DEFAULT_CARGO),
                observatory.parameters().tonnesPerTeu(), "cargo");
        Set<Mode> modes = params.enumSet("modes", Mode.class, EnumSet.allOf(Mode.class));
        Set<String> avoid = new LinkedHashSet<>();
        for (String name : params.list("avoid")) {
            Place place = observatory.places().match(name, "avoid");
            if (place.id().equals(from.id()) || place.id().equals(to.id())) {
                throw InputException.ofParameter("avoid", place.name() + " is an end of the route and cannot be avoided");
            }
            avoid.add(place.id());
        }
        RouteQuery query = RouteQuery.of(from.id(), to.id(), date, cargo).withObjective(objective).withModes(modes)
                .withAvoidPlaces(avoid);
        return params.text("risk_max").isPresent() ? query.withRiskCeiling(riskCeiling(params)) : query;
    }

    private static double riskCeiling(Params params) {
        String text = params.text("risk_max").orElseThrow();
        try {
            double ceiling = Double.parseDouble(text);
            if (ceiling >= 0 && Double.isFinite(ceiling)) {
                return ceiling;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.ofParameter("risk_max", "expected a number of risk points, 0 or more; got '" + text + "'");
    }

    static Objective parseObjective(String text) {
        return Objective.parse(text, "objective");
    }

    static NetworkFilter network(Params params) {
        String text = params.text("network").orElse("existing");
        Map<String, NetworkFilter> names = Map.of("existing", NetworkFilter.EXISTING, "planned",
                NetworkFilter.WITH_PLANNED, "with_planned", NetworkFilter.WITH_PLANNED);
        NetworkFilter filter = names.get(text.toLowerCase(java.util.Locale.ROOT));
        if (filter == null) {
            throw InputException.ofParameter("network", "expected existing (links in service today) or planned "
                    + "(with links planned or under construction); got '" + text + "'");
        }
        return filter;
    }
}
