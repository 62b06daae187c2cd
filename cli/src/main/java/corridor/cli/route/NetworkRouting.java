package corridor.cli.route;

import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.cli.common.DataOption;
import corridor.cli.common.NetworkOption;
import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.search.Router;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * What the routing commands whose network the user picks share ({@code route}, {@code compare},
 * {@code criticality}, {@code mineral-routes}; not {@code scenario}, whose file names its network):
 * {@code --data}, the {@link RouteOptions} and {@code --network}, and the first steps of their
 * {@code call()}. Use as {@code @Mixin NetworkRouting routing;}: picocli mixes in the mixins it holds.
 * Not thread-safe: one instance a command run.
 */
final class NetworkRouting {

    @Mixin
    DataOption data;

    @Mixin
    RouteOptions options;

    @Mixin
    NetworkOption network;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

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

    /** The dataset of {@code --data} (or the built-in one), read once. */
    Dataset dataset() {
        return data.dataset();
    }

    /** Where the command prints its answer. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where the command prints its progress. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A router over the dataset's network the request names, with its parameters (risk measured from its departure). */
    static Router router(Dataset dataset, RouteRequest request) {
        return new Router(RoutingGraph.build(dataset, request.network(), request.routingParameters()));
    }
}
