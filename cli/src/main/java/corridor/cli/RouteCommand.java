package corridor.cli;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.Objective;
import corridor.routing.ParetoResult;
import corridor.routing.RouteQuery;
import corridor.routing.RouteRenderer;
import corridor.routing.RouteResult;
import corridor.routing.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code corridor route}: the best route, or the Pareto set, between two places. Exit code 1 when
 * there is no route, with the reason (a closed pass, say) printed instead.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = "Best freight route between two places by time, cost, CO2 or risk, or the Pareto set of all four.")
final class RouteCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    RouteOptions options;

    @Spec
    CommandSpec spec;

    @Mixin
    Endpoints ends;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", defaultValue = "time",
            description = "time, cost, co2, risk or pareto (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--weights", paramLabel = "W",
            description = "a weighted blend instead of one objective: time=1,cost=0.02 (per hour, US$, kg CO2, risk point)")
    String weights;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or geojson (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--observed", paramLabel = "STATE",
            description = "plan with observed link speeds and hub times from a monitor state (corridor monitor ingest)")
    Path observed;

    @Override
    public Integer call() {
        RouteFormat output = RouteFormat.parse(format);
        Dataset dataset = observed == null ? data.dataset() : MonitorStateFile.observed(data.dataset(), observed, "--observed");
        RouteQuery query = options.query(dataset, ends.from, ends.to);
        Router router = options.router(dataset);
        PrintWriter out = spec.commandLine().getOut();
        if ("pareto".equalsIgnoreCase(objective.trim())) {
            if (weights != null) {
                throw InputException.ofParameter("--weights", "a Pareto set has no weights; leave out --weights");
            }
            return printPareto(out, router.pareto(query), output);
        }
        query = weights != null ? query.withWeights(RouteOptions.parseWeights(weights))
                : query.withObjective(objective());
        RouteResult result = router.route(query);
        if (!result.found()) {
            out.println(output == RouteFormat.TABLE ? result.whyNone() : RouteRenderer.json(result));
            return 1;
        }
        switch (output) {
            case TABLE -> {
                out.print(RouteRenderer.table(result.route()));
                result.closures().forEach(c -> out.println("closed on the way: " + c.describe()));
            }
            case JSON -> out.println(RouteRenderer.json(result.route()));
            case GEOJSON -> out.println(RouteRenderer.geoJson(result.route()));
        }
        return 0;
    }

    /** The single objective asked for; the error lists pareto too, which this command also takes. */
    private Objective objective() {
        try {
            return Objective.parse(objective, "--objective");
        } catch (InputException e) {
            throw InputException.ofParameter("--objective", e.reason() + ", or pareto");
        }
    }

    private static int printPareto(PrintWriter out, ParetoResult result, RouteFormat output) {
        if (result.routes().isEmpty()) {
            RouteResult none = new RouteResult(null, result.closures());
            out.println(output == RouteFormat.TABLE ? none.whyNone() : RouteRenderer.json(none));
            return 1;
        }
        switch (output) {
            case TABLE -> {
                out.printf(Locale.ROOT, "%d routes, none better than another on time, cost, CO2 and risk together%n",
                        result.routes().size());
                out.print(RouteRenderer.paretoTable(result));
                result.closures().forEach(c -> out.println("closed on the way: " + c.describe()));
            }
            case JSON -> out.println(RouteRenderer.json(result.routes()));
            case GEOJSON -> out.println(RouteRenderer.geoJson(result.routes()));
        }
        return 0;
    }
}
