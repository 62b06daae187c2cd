package corridor.cli.route;

import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.RouteSource;
import corridor.routing.route.AnsweredBy;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The {@code --engine} option of the commands that route ({@code route}, {@code compare}, {@code scenario},
 * {@code criticality}): the customizable contraction hierarchy where it gives the A* router's answer (the
 * default, as the API answers), or the A* router alone. Use as {@code @Mixin EngineOption engine;}. Not
 * thread-safe: one instance a command run.
 */
final class EngineOption {

    /** Which search answers. */
    enum Engine { HIERARCHY, ASTAR }

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "hierarchy (default): the customizable contraction hierarchy where it gives the A* router's "
                    + "answer (one mode, no risk ceiling; closures are customizations), else A*, as the API answers; "
                    + "astar: the A* router alone. With --engine, a table says which answered")
    Engine engine;

    /** The search asked first. */
    RouteEngine asked() {
        return engine == Engine.ASTAR ? RouteEngine.A_STAR : RouteEngine.HIERARCHY;
    }

    /** Whether the user named the engine: a table then says which answered. */
    boolean named() {
        return engine != null;
    }

    /** The routes of {@code router}'s graph by the engine asked (a hierarchy is built for it on first use). */
    RouteSource routes(Router router) {
        return asked() == RouteEngine.A_STAR ? RouteSource.aStar(router)
                : RouteSource.hierarchy(new HierarchyRoutes(new MatrixEngine(router.graph())), router);
    }

    /** The routes of {@code graph} by the engine asked, with a router of its own. */
    RouteSource routes(RoutingGraph graph) {
        return routes(new Router(graph));
    }

    /** Prints "answered by ..." to {@code out} when the user named the engine. */
    void printWhenNamed(PrintWriter out, AnsweredBy answeredBy) {
        if (named()) {
            print(out, answeredBy);
        }
    }

    /** Prints "answered by ENGINE[: why the router answered]" of one route to {@code out} when the user named the engine. */
    void printWhenNamed(PrintWriter out, RouteResult result) {
        if (named()) {
            out.println("answered by " + result.engine().label()
                    + (result.engineNote().isEmpty() ? "" : ": " + result.engineNote()));
        }
    }

    /** Prints "answered by ENGINE[: note]". */
    static void print(PrintWriter out, AnsweredBy answeredBy) {
        String note = answeredBy.note();
        out.println("answered by " + answeredBy.engine().label() + (note.isEmpty() ? "" : ": " + note));
    }
}
