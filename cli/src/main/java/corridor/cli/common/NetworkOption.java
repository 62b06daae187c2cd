package corridor.cli.common;

import picocli.CommandLine.Option;

/**
 * The {@code --network} option of the routing commands whose network the user picks (not
 * {@code scenario}: a scenario names its own). Use as {@code @Mixin NetworkOption network;}.
 */
public final class NetworkOption {

    @Option(names = "--network", paramLabel = "NETWORK",
            description = "existing, or with_planned to add planned and under-construction links (default: existing)")
    public String network;
}
