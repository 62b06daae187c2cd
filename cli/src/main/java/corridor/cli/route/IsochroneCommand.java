package corridor.cli.route;

import corridor.api.matrix.IsochroneGeoJson;
import corridor.api.matrix.IsochroneRequest;
import corridor.api.route.JsonText;
import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.cli.common.DataCommand;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.Isochrones;
import corridor.routing.route.PlaceMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code corridor isochrone}: where goods leaving one place can be within given hours, as GeoJSON
 * polygons (one Feature per band). Its options and answer are {@code GET /api/isochrone}'s, read by the
 * same {@link IsochroneRequest}.
 */
@Command(name = "isochrone", mixinStandardHelpOptions = true,
        description = {"Where goods leaving --from can be within each of --hours, as GeoJSON polygons: the roads "
                + "reached by then, buffered, places not reached in time cut out.",
                "By time alone; modes are road unless --modes is given."})
public final class IsochroneCommand extends DataCommand implements Callable<Integer> {

    @Mixin
    NetworkRouting routing;

    @Option(names = "--from", paramLabel = "PLACE", required = true, description = "the origin: id, name or alias")
    String from;

    @Option(names = "--hours", paramLabel = "HOURS", required = true,
            description = "the bands, hours from departure, comma-separated: 4,8,12 (at most " + Isochrones.MAX_BANDS
                    + ", each at most " + (long) Isochrones.MAX_HOURS + ")")
    String hours;

    @Override
    public Integer call() {
        TextParameters parameters = routing.parameters(RouteRequest.FROM, from, IsochroneRequest.HOURS, hours);
        if (!parameters.values(RouteRequest.RISK_CEILING).isEmpty()) {
            throw InputException.ofParameter("--risk-ceiling", "an isochrone is by time alone; leave it out");
        }
        Dataset dataset = data.routingDataset();
        IsochroneRequest.Isochrone asked = new IsochroneRequest(parameters, ParameterStyle.OPTION).read(dataset,
                new PlaceMatcher(dataset.places())::match);
        RoutingGraph graph = RoutingGraph.build(dataset, asked.network(),
                new RouteRequest(parameters, ParameterStyle.OPTION).routingParameters());
        List<Isochrones.Isochrone> bands = Isochrones.of(graph, asked.query(), asked.hours());
        out().println(JsonText.pretty(IsochroneGeoJson.answer(asked.origin(), asked.query(), bands,
                Isochrones.bufferKm(graph))));
        return 0;
    }
}
