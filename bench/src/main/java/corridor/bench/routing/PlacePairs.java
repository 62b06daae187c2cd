package corridor.bench.routing;

import corridor.model.network.Place;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.DoublePredicate;

/** Random pairs of a graph's places that the router connects, as the routing benchmarks draw them. */
final class PlacePairs {

    private PlacePairs() {
    }

    /**
     * {@code count} queries for 20 t on {@code date}, each between two different places drawn with
     * {@code seed} whose great-circle distance in km {@code kmApart} accepts, and only those the
     * router finds a route for; {@code check} sees each query kept with its route (and may throw).
     */
    static List<RouteQuery> connected(Router router, LocalDate date, long seed, int count, DoublePredicate kmApart,
                                      BiConsumer<RouteQuery, RouteResult> check) {
        RoutingGraph graph = router.graph();
        Random random = new Random(seed);
        List<RouteQuery> queries = new ArrayList<>();
        while (queries.size() < count) {
            int a = random.nextInt(graph.placeCount());
            int b = random.nextInt(graph.placeCount());
            Place pa = graph.places().get(a);
            Place pb = graph.places().get(b);
            if (a == b || !kmApart.test(pa.location().distanceKm(pb.location()))) {
                continue;
            }
            RouteQuery query = RouteQuery.of(pa.id(), pb.id(), date, Cargo.tonnes(20));
            RouteResult result = router.route(query);
            if (result.found()) {
                check.accept(query, result);
                queries.add(query);
            }
        }
        return queries;
    }

    /** Whether a corridor-sized trip of a few hundred links on the generated network: 150–400 km apart. */
    static boolean corridorSized(double km) {
        return km >= 150 && km <= 400;
    }
}
