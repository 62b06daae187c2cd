package corridor.cli.route;

import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.cli.common.NetworkOption;
import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.search.Router;
import picocli.CommandLine.Mixin;

/**
 * What the routing commands whose network the user picks share ({@code route}, {@code compare},
 * {@code criticality}, {@code mineral-routes}, {@code matrix}, {@code isochrone}; not {@code scenario}, whose
 * file names its network): the {@link RouteOptions} and {@code --network}, read into one request. Use as
 * {@code @Mixin NetworkRouting routing;}: picocli mixes in the mixins it holds. Not thread-safe: one instance a
 * command run.
 */
final class NetworkRouting {

    @Mixin
    RouteOptions options;

    @Mixin
    NetworkOption network;

    /**
     * The request of these options with the command's ends (null when it has none) and its own
     * parameters ({@code name, value} pairs as {@link RouteOptions#request}).
     */
    RouteRequest request(Endpoints ends, String... more) {
        return options.request(ends, network, more);
    }

    /** The text parameters of these options with the command's own ({@code name, value} pairs), for other parsers. */
    TextParameters parameters(String... more) {
        return options.parameters(null, network, more);
    }

    /** A router over the dataset's network the request names, with its parameters (risk measured from its departure). */
    static Router router(Dataset dataset, RouteRequest request) {
        return new Router(RoutingGraph.build(dataset, request.network(), request.routingParameters()));
    }
}
