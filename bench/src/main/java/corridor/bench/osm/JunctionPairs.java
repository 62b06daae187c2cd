package corridor.bench.osm;

import corridor.model.Dataset;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random pairs of road junctions that the router connects, as the OSM benchmarks route them:
 * fastest for 20 t in July ({@link OsmRoutingBenchmark#JULY}), drawn with seed 7, neither end a
 * junction joined to one of the dataset's places (whose node is the place's).
 */
final class JunctionPairs {

    /** What a benchmark asks besides connected ends: its peer connects the junctions too, say. */
    interface Check {
        boolean accept(int fromJunction, int toJunction, RouteQuery query);
    }

    private JunctionPairs() {
    }

    /**
     * {@code count} queries from junction "osm-jA" to "osm-jB", shaped by {@code options} (modes, say),
     * that the router answers and {@code check} accepts.
     *
     * @throws IllegalStateException when 100,000 draws do not give that many
     */
    static List<RouteQuery> connected(Dataset dataset, Router router, int count, UnaryOperator<RouteQuery> options,
                                      Check check) {
        RoutingGraph graph = router.graph();
        int base = dataset.places().size();
        int junctions = dataset.roads().junctionCount();
        Random random = new Random(7);
        List<RouteQuery> queries = new ArrayList<>();
        int tries = 0;
        while (queries.size() < count && tries++ < 100_000) {
            int a = random.nextInt(junctions);
            int b = random.nextInt(junctions);
            RouteQuery q = options.apply(RouteQuery.of("osm-j" + a, "osm-j" + b, OsmRoutingBenchmark.JULY,
                    Cargo.tonnes(20)).withObjective(Objective.TIME));
            if (a == b || graph.placeIndex(q.fromId()) < base || graph.placeIndex(q.toId()) < base
                    || !router.route(q).found() || !check.accept(a, b, q)) {
                continue;
            }
            queries.add(q);
        }
        if (queries.size() < count) {
            throw new IllegalStateException("only " + queries.size() + " connected pairs");
        }
        return queries;
    }
}
