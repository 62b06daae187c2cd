package corridor.routing.matrix;

import corridor.model.network.ObservedTimes;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
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
 *       calendar has it closed on the day the goods reach it (it assumes every calendar open).</li>
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
}
