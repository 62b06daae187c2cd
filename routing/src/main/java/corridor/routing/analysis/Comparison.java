package corridor.routing.analysis;

import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.routing.matrix.HierarchyFallback;
import corridor.routing.route.AnsweredBy;
import corridor.routing.route.Leg;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Routes between two places through each seaport of the network, side by side: for CPEC, the
 * overland corridor to Gwadar or Karachi and on by sea, against rail to a Chinese port and the sea
 * route from there. Which ports exist comes from the data (places of kind seaport), not from code.
 * The A* router answers every route ({@link #VIA_REASON}).
 */
public final class Comparison {

    /**
     * One way of going.
     *
     * @param via    the seaport the route must pass
     * @param result the best route through it, or why there is none
     */
    public record Alternative(Place via, RouteResult result) {

        /** Distance by mode, in km. */
        public Map<Mode, Double> kmByMode() {
            Map<Mode, Double> km = new EnumMap<>(Mode.class);
            if (result.found()) {
                for (Leg leg : result.route().legs()) {
                    if (leg.kind() == Leg.Kind.MOVE) {
                        km.merge(leg.mode(), leg.totals().distanceKm(), Double::sum);
                    }
                }
            }
            return km;
        }
    }

    private Comparison() {
    }

    /** Which search answered the routes of {@code alternatives}. */
    public static AnsweredBy answeredBy(List<Alternative> alternatives) {
        AnsweredBy answeredBy = AnsweredBy.NONE;
        for (Alternative a : alternatives) {
            answeredBy = answeredBy.plus(a.result());
        }
        return answeredBy;
    }

    /**
     * For each seaport other than the ends of {@code query}: the best route that reaches it over
     * land (the query's modes without sea) and goes on from there. Routes found come first, best
     * first by the query's weights.
     */
    public static List<Alternative> viaSeaports(Router router, RouteQuery query) {
        return viaSeaports(router, query, RouteEngine.A_STAR);
    }

    /**
     * Why the A* router answers every route through a seaport though the hierarchy was asked: each is two searches
     * joined at the port by the mode and hours carried, the second kept off the places the first passed, which no
     * customization of the hierarchy holds.
     */
    public static final String VIA_REASON = "a route through a seaport is two searches joined by the mode and hours "
            + "carried, the second kept off the places the first passed: the router's";

    /**
     * As {@link #viaSeaports(Router, RouteQuery)}; when {@code asked} is the hierarchy, each result says why the
     * router answered it ({@link #VIA_REASON}, or the query's own reason, several modes say).
     */
    public static List<Alternative> viaSeaports(Router router, RouteQuery query, RouteEngine asked) {
        String reason = HierarchyFallback.queryReason(query);
        String note = asked == RouteEngine.HIERARCHY ? reason != null ? reason : VIA_REASON : "";
        Set<Mode> land = EnumSet.copyOf(query.modes().isEmpty() ? EnumSet.allOf(Mode.class) : query.modes());
        land.remove(Mode.SEA);
        List<Alternative> alternatives = new ArrayList<>();
        for (Place place : router.graph().places()) {
            if (place.kind() == PlaceKind.SEAPORT && !place.id().equals(query.fromId()) && !place.id().equals(query.toId())
                    && !query.avoidPlaces().contains(place.id())) {
                alternatives.add(new Alternative(place, router.routeVia(query, place.id(), land)
                        .answeredBy(RouteEngine.A_STAR, note)));
            }
        }
        Weights w = query.weights();
        alternatives.sort(Comparator.comparing((Alternative a) -> !a.result().found())
                .thenComparingDouble(a -> a.result().found() ? w.apply(a.result().route().totals().hours(),
                        a.result().route().totals().costUsd(), a.result().route().totals().co2Kg(),
                        a.result().route().totals().risk()) : 0)
                .thenComparing(a -> a.via().id()));
        return alternatives;
    }
}
