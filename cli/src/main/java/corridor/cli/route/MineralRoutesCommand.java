package corridor.cli.route;

import corridor.api.route.ExportRoutesJson;
import corridor.api.route.RouteRequest;
import corridor.api.route.text.ExportRoutesTable;
import corridor.cli.common.FormattedCommand;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.Place;
import corridor.model.record.MineralArea;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.route.Objective;
import corridor.routing.route.PlaceMatcher;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code corridor mineral-routes}: for each mineral area, the freight route and its cost to China by
 * each way out of Pakistan (by road over each border crossing, by sea through each seaport), from
 * the routing engine ({@link ExportRoutes}).
 */
@Command(name = "mineral-routes", mixinStandardHelpOptions = true,
        description = {"The freight route and cost from each mineral area to a destination country by each way out: "
                + "by road over each border crossing into it, and by land to each seaport and on by sea to its best "
                + "seaport.",
                "An area off the network starts at the nearest place with a link; that first mile is a straight line, "
                        + "not routed and not costed."})
public final class MineralRoutesCommand extends FormattedCommand<RouteFormat> {

    @Mixin
    NetworkRouting routing;

    @Option(names = "--mineral", paramLabel = "ID", description = "only this mineral area (repeatable); default: all")
    List<String> minerals = new ArrayList<>();

    @Option(names = "--from-country", paramLabel = "ISO2", defaultValue = "PK",
            description = "the country the ways out leave (default: ${DEFAULT-VALUE})")
    String fromCountry;

    @Option(names = "--to-country", paramLabel = "ISO2", defaultValue = "CN",
            description = "the destination country (default: ${DEFAULT-VALUE})")
    String toCountry;

    @Option(names = "--overland-to", paramLabel = "PLACE", defaultValue = "kashgar",
            description = "where routes over a border crossing end (default: ${DEFAULT-VALUE})")
    String overlandTo;

    @Option(names = "--objective", paramLabel = "OBJECTIVE",
            description = "time, cost, co2 or risk: what each route minimises (default: cost)")
    String objective;

    @Override
    protected int call(RouteFormat output) {
        Dataset dataset = data.routingDataset();
        RouteRequest request = routing.request(null, RouteRequest.OBJECTIVE, objective);
        Objective by = request.objective(Objective.COST);
        Place overland = new PlaceMatcher(dataset.places()).match(overlandTo, "--overland-to");
        List<MineralArea> areas = selected(dataset);
        RouteQuery template = request.template(dataset, overland.id()).withObjective(by);
        Router router = NetworkRouting.router(dataset, request);
        List<ExportRoutes.WayOut> ways = ExportRoutes.waysOut(dataset.places(), router.graph().links(),
                fromCountry.strip(), toCountry.strip());
        if (ways.isEmpty()) {
            throw InputException.ofParameter("--from-country", "no border crossing into " + toCountry
                    + " and no seaport in " + fromCountry + " in the dataset");
        }
        List<ExportRoutes.Row> rows = ExportRoutes.routes(router, areas, ways, template, toCountry.strip(), overland.id());
        return output.printAll(out(), rows.stream().map(ExportRoutes.Row::result).toList(), out -> {
            out.println("Mineral areas to " + toCountry.strip().toUpperCase(Locale.ROOT) + ", leaving "
                    + template.departure() + ", cargo " + template.cargo().label() + ", best by "
                    + by.name().toLowerCase(Locale.ROOT) + " for each way out");
            out.print(ExportRoutesTable.of(rows));
        }, () -> ExportRoutesJson.answer(by, rows));
    }

    private List<MineralArea> selected(Dataset dataset) {
        if (minerals.isEmpty()) {
            return dataset.minerals();
        }
        List<MineralArea> chosen = new ArrayList<>();
        for (String id : minerals) {
            chosen.add(dataset.minerals().stream().filter(m -> m.id().equals(id.strip())).findFirst()
                    .orElseThrow(() -> InputException.ofParameter("--mineral", "no mineral area with id '" + id
                            + "'; ids: " + String.join(", ", dataset.minerals().stream().map(MineralArea::id).toList()))));
        }
        return chosen;
    }
}
