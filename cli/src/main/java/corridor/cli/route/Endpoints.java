package corridor.cli.route;

import corridor.api.route.RouteRequest;
import picocli.CommandLine.Option;

/**
 * The {@code --from PLACE --to PLACE} pair of the routing commands; use as {@code @Mixin Endpoints ends;}.
 * Both are required: {@link RouteRequest} says so, as the API does.
 */
final class Endpoints {

    @Option(names = "--from", paramLabel = "PLACE", description = "origin, by id or name (required)")
    String from;

    @Option(names = "--to", paramLabel = "PLACE", description = "destination, by id or name (required)")
    String to;
}
