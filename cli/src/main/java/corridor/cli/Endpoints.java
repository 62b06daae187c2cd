package corridor.cli;

import picocli.CommandLine.Option;

/** The {@code --from PLACE --to PLACE} pair of the routing commands; use as {@code @Mixin Endpoints ends;}. */
final class Endpoints {

    @Option(names = "--from", required = true, paramLabel = "PLACE", description = "origin, by id or name")
    String from;

    @Option(names = "--to", required = true, paramLabel = "PLACE", description = "destination, by id or name")
    String to;
}
