package corridor.routing.matrix;

import corridor.model.network.ObservedTimes;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.route.RouteQuery;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When the hierarchy cannot give the A* router's answer, so that the router answers instead: the one
 * set of rules {@link MatrixEngine}'s cells and {@link HierarchyRoutes}' routes both follow. Each rule
 * returns why, in words a user reads, or null when the hierarchy may answer. Stateless; thread-safe.
 *
 * <ul>
 *   <li>For the whole query ({@link #queryReason}): a risk ceiling (the Pareto search), several modes
 *       (a change of mode is charged by the mode carried, which the hierarchy's nodes do not hold),
 *       observed times for the month of departure (they change the weights by month).</li>
 *   <li>For one pair: the vehicle's access rules bar the destination (the router lets a route end
 *       there, the hierarchy's weighting closes it), and the hierarchy's path passes a place whose
 *       calendar has it closed on the day the goods reach it (it assumes every calendar open), and an
 *       access rule's daily closed hours that bind the vehicle on the destination or on a link of the
 *       path ({@link TimedAccess}: the hierarchy's sums know no waits), and an end on a destination-only
 *       street (closed to through traffic in the hierarchy, open to the route's own ends in the router).</li>
 * </ul>
 */
public final class HierarchyFallback {

    private HierarchyFallback() {
    }

    /** Why no pair of {@code query}'s options can be answered from the hierarchy; null when they can. */
    public static String queryReason(RouteQuery query) {
        if (query.riskCeiling() != null) {
            return "a risk ceiling: the router's Pareto search answers";
        }
        if (!ArcWeighting.applies(query)) {
            return "several modes: a change of mode is charged by the mode carried, which the hierarchy does not hold";
        }
        ObservedTimes observed = query.observed();
        if (observed != null) {
            YearMonth month = YearMonth.from(query.departure());
            boolean links = query.vehicle().vehicleClass() == VehicleClass.HEAVY_TRANSPORT;
            for (ObservedTimes.Kind kind : ObservedTimes.Kind.values()) {
                if ((kind != ObservedTimes.Kind.LINK || links) && !observed.inMonth(kind, month).isEmpty()) {
                    return "observed times for " + month + ": the hierarchy holds the model's times";
                }
            }
        }
        return null;
    }

    /** Why a route to {@code target} goes to the router: the vehicle's access rules bar it; null when not. */
    static String barredEnd(RoutingGraph graph, ArcWeighting weighting, int target) {
        return weighting.closes(target) ? "the vehicle's access rules bar " + graph.place(target).name()
                + ", where a route may still end" : null;
    }

    /**
     * Why the hierarchy's path ({@code arcs} from {@code source}) goes to the router: it passes a place
     * on a day its calendar has it closed, leaving on {@code departure}; null when open all the way.
     */
    static String closedOnPath(RoutingGraph graph, ArcWeighting weighting, int source, int[] arcs,
                               LocalDate departure) {
        int closed = weighting.firstClosedNode(source, arcs, departure);
        return closed < 0 ? null : "the shortest path passes " + graph.place(closed).name()
                + " on a day its calendar has it closed";
    }

    /**
     * Why a route to {@code target} goes to the router: an access rule's closed hours on it bind the vehicle
     * ({@code timed}, for the query's vehicle and departure), which may make it wait to enter; null when not.
     */
    static String timedEnd(RoutingGraph graph, TimedAccess timed, int target) {
        return timed.atNode(target) ? graph.place(target).name()
                + " has an access rule's closed hours, which may make the vehicle wait to enter" : null;
    }

    /**
     * Why the hierarchy's path ({@code arcs}) goes to the router: it enters a link whose access rule's closed
     * hours bind the vehicle ({@code timed}); null when none does. A place passed through never waits.
     */
    static String timedOnPath(RoutingGraph graph, TimedAccess timed, int[] arcs) {
        if (timed.noLinks()) {
            return null;
        }
        for (int arc : arcs) {
            int link = graph.topology().segment(arc);
            if (timed.onLink(link)) {
                return "the shortest path enters " + graph.links().get(link).name()
                        + ", whose access rule's closed hours may make the vehicle wait";
            }
        }
        return null;
    }

    /**
     * Why a route from {@code source} to {@code target} goes to the router: it starts or ends on a destination-only
     * street, which the hierarchy keeps closed to a heavy vehicle as through traffic while the router opens it to
     * the route's own ends ({@link RoutingGraph#destinationStreets}); null when neither end is on one.
     */
    static String destinationStreetAtEnd(RoutingGraph graph, VehicleClass vehicleClass, int source, int target) {
        return vehicleClass == VehicleClass.HEAVY_TRANSPORT && !graph.destinationStreets(source, target).isEmpty()
                ? "an end lies on a street open to goods vehicles for access only, which the router lets the route use"
                : null;
    }
}
