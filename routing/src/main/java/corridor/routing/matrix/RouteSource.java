package corridor.routing.matrix;

import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Where an analysis's single routes come from: the A* router ({@link #aStar}), or the customizable contraction
 * hierarchy where it gives the router's answer and the router elsewhere ({@link #hierarchy}, by
 * {@link HierarchyRoutes}'s rules). Each answer says which search gave it ({@link RouteResult#engine()}).
 * Not thread-safe (the router is one thread's): one a thread.
 */
public interface RouteSource {

    /** The graph routed on. */
    RoutingGraph graph();

    /** The search asked first: {@link RouteEngine#HIERARCHY} for {@link #hierarchy}, else the A* router. */
    RouteEngine asked();

    /**
     * The best route for {@code query}, also without the links set in {@code lostLinks} (link indexes of
     * {@link #graph()}; null for none), as {@link Router#route(RouteQuery, BitSet)} gives it.
     */
    RouteResult route(RouteQuery query, BitSet lostLinks);

    /** Every route from {@code router}. */
    static RouteSource aStar(Router router) {
        return new RouteSource() {
            @Override
            public RoutingGraph graph() {
                return router.graph();
            }

            @Override
            public RouteEngine asked() {
                return RouteEngine.A_STAR;
            }

            @Override
            public RouteResult route(RouteQuery query, BitSet lostLinks) {
                return router.route(query, lostLinks);
            }
        };
    }

    /**
     * Routes from {@code routes}' hierarchy where it applies, else from {@code router} (of the same graph): a lost
     * link is a closure, so the routes without one link share one customization.
     *
     * @throws IllegalArgumentException when the two are of different graphs
     */
    static RouteSource hierarchy(HierarchyRoutes routes, Router router) {
        if (routes.graph() != router.graph()) {
            throw new IllegalArgumentException("the hierarchy and the router belong to different graphs");
        }
        return new RouteSource() {
            @Override
            public RoutingGraph graph() {
                return router.graph();
            }

            @Override
            public RouteEngine asked() {
                return RouteEngine.HIERARCHY;
            }

            @Override
            public RouteResult route(RouteQuery query, BitSet lostLinks) {
                if (lostLinks == null || lostLinks.isEmpty()) {
                    return routes.route(query, router);
                }
                Set<String> avoid = new HashSet<>(query.avoidLinks());
                lostLinks.stream().forEach(link -> avoid.add(router.graph().links().get(link).id()));
                return routes.route(query.withAvoidLinks(avoid), router);
            }
        };
    }
}
