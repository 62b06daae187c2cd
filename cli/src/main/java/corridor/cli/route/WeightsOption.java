package corridor.cli.route;

import picocli.CommandLine.Option;

/**
 * {@code --weights W} of the commands that route by a blend of objectives ({@code route}, {@code matrix}), read by
 * {@code corridor.api.route.RouteRequest} as the API's {@code weights}. Use as {@code @Mixin WeightsOption weights;}.
 */
final class WeightsOption {

    @Option(names = "--weights", paramLabel = "W",
            description = "a weighted blend instead of one objective: time=1,cost=0.02 (per hour, US$, kg CO2, risk point)")
    String text;
}
