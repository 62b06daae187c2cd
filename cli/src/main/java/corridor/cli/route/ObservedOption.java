package corridor.cli.route;

import corridor.cli.common.MonitorStateFile;
import corridor.model.network.ObservedTimes;
import corridor.routing.route.RouteQuery;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --observed STATE}: route on what the corridor measured. Use as {@code @Mixin ObservedOption observed;}.
 * Not thread-safe: one instance a command run.
 */
final class ObservedOption {

    @Option(names = "--observed", paramLabel = "STATE",
            description = "route on the times the corridor measured, from a monitoring state (corridor monitor ingest): "
                    + "each link's time (trucks) and each crossing's and hub's dwell is the observed median of the "
                    + "departure's month where one was observed, the model elsewhere (said per leg); the arrival is "
                    + "given at the median and at the 95th percentile. A state of simulated pings is labelled simulated")
    Path state;

    /** {@code query} with the state's observed times; unchanged without {@code --observed}. */
    RouteQuery apply(RouteQuery query) {
        return state == null ? query : query.withObserved(times());
    }

    /** The state's observed times, or null without {@code --observed}. */
    ObservedTimes times() {
        return state == null ? null : MonitorStateFile.observed(state, "--observed");
    }
}
