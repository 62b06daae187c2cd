package corridor.routing.matrix;

import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.graph.VehicleAccess;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.hierarchy.CchMetric;
import corridor.routing.hierarchy.CchQuery;
import corridor.routing.route.Route;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Single routes from the customizable contraction hierarchy where it gives the A* router's answer:
 * the path of one hierarchy query for the query's weighting (the customization {@link MatrixEngine}
 * keeps per weighting, shared with the matrices), unpacked to the graph's arcs and explained by the
 * router ({@link Router#explain}): the same legs, notes and totals as the router's route, marked
 * {@link RouteEngine#HIERARCHY}.
 *
 * <p>The router answers instead, marked {@link RouteEngine#A_STAR} with the reason, where
 * {@link HierarchyFallback} says so (a risk ceiling, several modes, observed times, a barred destination,
 * a closed calendar on the path), when the hierarchy finds no path (the router says why none), and when
 * the vehicle's access rules shaped the route (the hierarchy's path without them is better: the router
 * names the rules that did, which the hierarchy cannot). Bad input (a place not in the network, an end
 * avoided) gets the router's error.
 *
 * <p>A hierarchy answer lists no closures: its path is the best with every calendar open and meets none
 * closed, so no closure changed it (the router also lists the closed places its search happened to
 * reach). The hierarchy is built on the first query (see {@link MatrixEngine#hierarchy}). Thread-safe:
 * share one per graph.
 */
public final class HierarchyRoutes {

    /** Idle queries kept (each about 24 bytes a node). */
    private static final int IDLE_QUERIES = 2;

    private final MatrixEngine engine;
    private final RoutingGraph graph;
    private final ConcurrentLinkedQueue<CchQuery> idle = new ConcurrentLinkedQueue<>();

    /** Routes over {@code engine}'s graph, sharing its hierarchy and customizations. */
    public HierarchyRoutes(MatrixEngine engine) {
        this.engine = engine;
        this.graph = engine.graph();
    }

    public RoutingGraph graph() {
        return graph;
    }

    /**
     * The best route for {@code query}'s weights, as {@link Router#route} gives it: from the hierarchy
     * where it applies, else from {@code router}.
     *
     * @param router the router of this graph (this thread's)
     * @throws corridor.model.InputException as {@link Router#route}
     * @throws IllegalArgumentException      when {@code router} is of another graph
     */
    public RouteResult route(RouteQuery query, Router router) {
        if (router.graph() != graph) {
            throw new IllegalArgumentException("the router belongs to another graph");
        }
        String reason = HierarchyFallback.queryReason(query);
        if (reason != null) {
            return aStar(router, query, reason);
        }
        int source = graph.placeIndex(query.fromId());
        int target = graph.placeIndex(query.toId());
        if (source < 0 || target < 0 || badAvoid(query, source, target)) {
            return router.route(query); // the router's error
        }
        if (source == target) {
            return aStar(router, query, "both ends are one place");
        }
        VehicleAccess access = graph.access(query.vehicle(), query.departure().getMonth());
        ArcWeighting weighting = engine.weighting(query, access);
        reason = HierarchyFallback.barredEnd(graph, weighting, target);
        reason = reason != null ? reason
                : HierarchyFallback.destinationStreetAtEnd(graph, query.vehicle().vehicleClass(), source, target);
        if (reason != null) {
            return aStar(router, query, reason);
        }
        CchQuery search = idle.poll();
        try {
            search = on(search, engine.customized(weighting, query).metric());
            double weight = distanceToEnd(search, source, target);
            if (weight == Double.POSITIVE_INFINITY) {
                return aStar(router, query, "no path on the hierarchy: the router says why");
            }
            int[] arcs = search.pathArcs();
            reason = HierarchyFallback.closedOnPath(graph, weighting, source, arcs, query.departure());
            if (reason == null && shapedByAccess(search, query, access, source, target, weight)) {
                reason = "the vehicle's access rules shaped the route: the router says which";
            }
            if (reason != null) {
                return aStar(router, query, reason);
            }
            Route route = router.explain(query, arcs);
            // closed hours in force while this path runs (its hours, without waiting) may make it wait
            TimedAccess timed = TimedAccess.of(graph, query.vehicle(), query.departure(), null)
                    .inForceWithin(route.totals().hours());
            reason = HierarchyFallback.timedEnd(graph, timed, target);
            reason = reason != null ? reason : HierarchyFallback.timedOnPath(graph, timed, arcs);
            if (reason != null) {
                return aStar(router, query, reason);
            }
            return new RouteResult(route, List.of(), List.of(), RouteEngine.HIERARCHY, "");
        } finally {
            if (search != null && idle.size() < IDLE_QUERIES) {
                idle.offer(search);
            }
        }
    }

    private static RouteResult aStar(Router router, RouteQuery query, String reason) {
        return router.route(query).answeredBy(RouteEngine.A_STAR, reason);
    }

    private static CchQuery on(CchQuery search, CchMetric metric) {
        if (search == null) {
            return new CchQuery(metric);
        }
        search.use(metric);
        return search;
    }

    /** Whether a place to avoid is unknown or an end: the router refuses it, naming it. */
    private boolean badAvoid(RouteQuery query, int source, int target) {
        for (String id : query.avoidPlaces()) {
            int node = graph.placeIndex(id);
            if (node < 0 || node == source || node == target) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least weight from {@code source} to {@code target} or one of its copies (an approach a turn
     * restriction binds), the path of the best left in {@code search}.
     */
    private double distanceToEnd(CchQuery search, int source, int target) {
        int best = target;
        int last = target;
        double weight = search.distance(source, target);
        for (int copy : graph.copiesOf(target)) {
            double d = search.distance(source, copy);
            last = copy;
            if (d < weight) {
                weight = d;
                best = copy;
            }
        }
        if (last != best) {
            search.distance(source, best); // the path of the best end, not of the last asked
        }
        return weight;
    }

    /**
     * Whether the vehicle's access rules (the ones with a reason: links, places, turn restrictions)
     * made the route worse: the hierarchy's best without them is better than {@code weight}.
     * {@code search} is pointed at the weighting without them.
     */
    private boolean shapedByAccess(CchQuery search, RouteQuery query, VehicleAccess access, int source, int target,
                                   double weight) {
        List<Integer> keys = new ArrayList<>(access.reasons().keySet());
        keys.addAll(access.arcReasons().keySet());
        if (keys.isEmpty()) {
            return false;
        }
        ArcWeighting free = engine.weighting(query, access.without(keys));
        search.use(engine.customized(free, query).metric());
        double freeWeight = distanceToEnd(search, source, target);
        return freeWeight < weight - 1e-9 * Math.max(1, Math.abs(weight));
    }
}
