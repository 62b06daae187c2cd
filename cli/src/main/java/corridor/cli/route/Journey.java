package corridor.cli.route;

import corridor.api.route.RouteRequest;
import corridor.model.Dataset;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Mixin;

/**
 * What {@code route} and {@code compare} share: goods going from one place to another, on the network and with the
 * route options the user picks ({@link NetworkRouting}), the two places ({@link Endpoints}) and, with
 * {@code --observed}, the times the corridor measured ({@link ObservedOption}). Use as {@code @Mixin Journey journey;}.
 * Not thread-safe: one instance a command run.
 */
final class Journey {

    @Mixin
    NetworkRouting routing;

    @Mixin
    Endpoints ends;

    @Mixin
    ObservedOption observed;

    /** The request of these options and the command's own parameters ({@code name, value} pairs, null values absent). */
    RouteRequest request(String... more) {
        return routing.request(ends, more);
    }

    /** The request's query on {@code dataset}, on the observed times with {@code --observed}. */
    RouteQuery query(RouteRequest request, Dataset dataset) {
        return observed.apply(request.query(dataset));
    }
}
