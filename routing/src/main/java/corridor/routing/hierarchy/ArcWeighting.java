package corridor.routing.hierarchy;

import corridor.model.graph.CompactGraph;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.VehicleAccess;
import corridor.model.network.Mode;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.Weights;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Set;

/**
 * The weight of every arc of a {@link RoutingGraph} for one single-mode weighting, as the router's
 * rules of a move give it: link hours, cost, CO2 and risk blended by {@link Weights}, a transfer's
 * hub dwell and handling, and the crossing time and fees of a border at the arc's head. Links and
 * places to avoid (a scenario's closures, {@code --avoid}) get an infinite weight.
 *
 * <p>What the hierarchy answers exactly, and what falls back to the A* router:
 * <ul>
 *   <li>Exact: one mode of transport besides transfers (a road network), any blend of weights, any
 *       tonnage, links and places avoided. With one mode the goods never change mode, so a move's
 *       value depends on its arc alone; the crossing of a border at the target, which the router
 *       does not charge, is taken off by {@link #targetAdjustment}.</li>
 *   <li>Exact when the path passes no closed calendar: opening calendars (a pass closed in winter,
 *       a crossing closed at weekends) depend on the day goods arrive, which no per-arc weight can
 *       hold. The hierarchy assumes every calendar open, which can only make routes better, so its
 *       path is the router's best whenever {@link #firstClosedNode} finds it open all the way; when
 *       it does not, the caller falls back to A*.</li>
 *   <li>Falls back: several modes (a change of mode at a hub is charged by the mode carried, a state
 *       the hierarchy's nodes do not have), a risk ceiling (the Pareto search), routes via a place
 *       (two queries joined by the mode and hours carried); the callers' rules are
 *       {@code corridor.routing.matrix.HierarchyFallback}.</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class ArcWeighting {

    private static final int TRANSFER = Mode.TRANSFER.ordinal();

    private final RoutingGraph g;
    private final CompactGraph topology;
    private final Weights weights;
    private final double tonnes;
    private final int mode;
    private final VehicleClass vehicleClass;
    private final BitSet closedLinks;
    private final BitSet closedNodes;
    private final BitSet closedArcs;

    /**
     * A weighting for the default heavy truck with no access rule applied (its turn restrictions are:
     * they are part of the roads).
     *
     * @param mode        the one mode of transport allowed besides transfers
     * @param closedLinks links (indexes into {@link RoutingGraph#links()}) not to take; null for none
     * @param closedNodes nodes not to enter; null for none
     */
    public ArcWeighting(RoutingGraph graph, Weights weights, double tonnes, Mode mode, BitSet closedLinks,
                        BitSet closedNodes) {
        this(graph, weights, tonnes, mode, VehicleClass.HEAVY_TRANSPORT, VehicleAccess.NONE, closedLinks, closedNodes);
    }

    /**
     * A weighting for one vehicle: its class's link hours, and the links and places its access rules
     * keep it off ({@link RoutingGraph#access}) closed, as the router keeps them.
     *
     * @param mode         the one mode of transport allowed besides transfers
     * @param vehicleClass whose speeds the link hours are
     * @param access       what the vehicle's access rules block for the month of departure (its class's turn
     *                     restrictions are closed whatever it says; see {@link #ofAccess} to lift them)
     * @param closedLinks  further links not to take; null for none
     * @param closedNodes  further nodes not to enter; null for none
     */
    public ArcWeighting(RoutingGraph graph, Weights weights, double tonnes, Mode mode, VehicleClass vehicleClass,
                        VehicleAccess access, BitSet closedLinks, BitSet closedNodes) {
        this(graph, weights, tonnes, mode, vehicleClass, access, closedLinks, closedNodes, true);
    }

    /**
     * As {@link #ArcWeighting(RoutingGraph, Weights, double, Mode, VehicleClass, VehicleAccess, BitSet, BitSet)},
     * but the arcs closed are {@code access}'s alone: {@link RoutingGraph#access} holds the class's turn
     * restrictions, and {@link VehicleAccess#without} lifts some, to see whether they shaped a route.
     */
    public static ArcWeighting ofAccess(RoutingGraph graph, Weights weights, double tonnes, Mode mode,
                                        VehicleClass vehicleClass, VehicleAccess access, BitSet closedLinks,
                                        BitSet closedNodes) {
        return new ArcWeighting(graph, weights, tonnes, mode, vehicleClass, access, closedLinks, closedNodes, false);
    }

    private ArcWeighting(RoutingGraph graph, Weights weights, double tonnes, Mode mode, VehicleClass vehicleClass,
                         VehicleAccess access, BitSet closedLinks, BitSet closedNodes, boolean classTurns) {
        if (mode == Mode.TRANSFER) {
            throw new IllegalArgumentException("the mode of a weighting is a mode of transport, not transfer");
        }
        this.g = graph;
        this.topology = graph.topology();
        this.weights = weights;
        this.tonnes = tonnes;
        this.mode = mode.ordinal();
        this.vehicleClass = vehicleClass;
        this.closedLinks = closedLinks == null ? new BitSet() : (BitSet) closedLinks.clone();
        this.closedLinks.or(access.blockedLinks());
        this.closedNodes = closedNodes == null ? new BitSet() : (BitSet) closedNodes.clone();
        this.closedNodes.or(access.blockedNodes());
        for (int node = this.closedNodes.nextSetBit(0); node >= 0; node = this.closedNodes.nextSetBit(node + 1)) {
            for (int copy : graph.copiesOf(node)) {
                this.closedNodes.set(copy); // a junction avoided is avoided however it is entered
            }
        }
        this.closedArcs = (BitSet) access.blockedArcs().clone();
        if (classTurns) {
            this.closedArcs.or(graph.turnClosedArcs(vehicleClass)); // part of the roads, whatever access is asked
        }
    }

    /**
     * Whether a query can be answered from a hierarchy at all (see the class comment): one mode,
     * no risk ceiling. Calendars are checked on the path found, by {@link #firstClosedNode}.
     */
    public static boolean applies(RouteQuery query) {
        Set<Mode> modes = query.modes();
        long transport = modes.stream().filter(m -> m != Mode.TRANSFER).count();
        return transport == 1 && query.riskCeiling() == null;
    }

    /** The weight of every arc of the graph, by arc index. */
    public double[] arcWeights() {
        int arcs = topology.arcCount();
        double[] w = new double[arcs];
        for (int u = 0; u < g.placeCount(); u++) {
            for (int a = topology.firstArc(u); a < topology.endArc(u); a++) {
                w[a] = arcWeight(u, a);
            }
        }
        return w;
    }

    /** The weight of arc {@code arc} leaving {@code node}; infinite when closed or of another mode. */
    public double arcWeight(int node, int arc) {
        int link = topology.segment(arc);
        int v = topology.head(arc);
        int linkMode = g.linkModeIndex(link);
        if (linkMode != TRANSFER && linkMode != mode || closedLinks.get(link) || closedNodes.get(v) || closedArcs.get(arc)) {
            return Double.POSITIVE_INFINITY;
        }
        return weights.apply(arcHours(node, arc), arcCostUsd(node, arc), g.linkCo2KgPerTonne(link) * tonnes,
                g.linkRisk(link));
    }

    /** What an arc adds to one of a route's totals, as the router's legs count it ({@link #arcValues}). */
    public enum ArcValue {
        /** km of the link. */
        DISTANCE_KM,
        /** hours: the link's, a hub's dwell, a border's crossing at the head. */
        HOURS,
        /** US dollars: the link's freight, a hub's handling, a border's fees at the head. */
        COST_USD,
        /** kg of CO2 of the link. */
        CO2_KG,
        /** 1 when the head has an opening calendar, else 0: a path summing to more needs {@link #firstClosedNode}. */
        CALENDAR_PLACES
    }

    /**
     * The value of {@code kind} of every arc of the graph, by arc index, whether or not the arc is
     * open: sums of these along a path, less {@link #targetAdjustment(int, ArcValue)}, are the
     * router's totals of that path (when it meets no closed calendar).
     */
    public double[] arcValues(ArcValue kind) {
        int arcs = topology.arcCount();
        double[] values = new double[arcs];
        for (int u = 0; u < g.placeCount(); u++) {
            for (int a = topology.firstArc(u); a < topology.endArc(u); a++) {
                int link = topology.segment(a);
                values[a] = switch (kind) {
                    case DISTANCE_KM -> g.linkKm(link);
                    case HOURS -> arcHours(u, a);
                    case COST_USD -> arcCostUsd(u, a);
                    case CO2_KG -> g.linkCo2KgPerTonne(link) * tonnes;
                    case CALENDAR_PLACES -> g.hasCalendar(topology.head(a)) ? 1 : 0;
                };
            }
        }
        return values;
    }

    /**
     * What to take off a path's sum of {@code kind} ending at {@code target}: the crossing there
     * (hours, fees), which arcs into it carry and the router does not charge at the end of a route,
     * and its calendar, which the router does not check at the end.
     */
    public double targetAdjustment(int target, ArcValue kind) {
        return switch (kind) {
            case HOURS -> g.isBorder(target) ? g.crossingHours(target) : 0;
            case COST_USD -> g.isBorder(target) ? g.feeUsdPerTonne(target) * tonnes : 0;
            case CALENDAR_PLACES -> g.hasCalendar(target) ? 1 : 0;
            case DISTANCE_KM, CO2_KG -> 0;
        };
    }

    /** The one mode of transport this weighting allows besides transfers. */
    public Mode mode() {
        return Mode.values()[mode];
    }

    /** The links closed (asked, and barred by the access rules), a copy. */
    public BitSet closedLinks() {
        return (BitSet) closedLinks.clone();
    }

    /** The places closed (asked, and barred by the access rules), a copy. */
    public BitSet closedNodes() {
        return (BitSet) closedNodes.clone();
    }

    /** The arcs closed (turn restrictions, and the arcs into a split junction's copies for other vehicles), a copy. */
    public BitSet closedArcs() {
        return (BitSet) closedArcs.clone();
    }

    /** Whether the weighting closes {@code node} (avoided, or barred by the vehicle's access rules). */
    public boolean closes(int node) {
        return closedNodes.get(node);
    }

    private double arcHours(int node, int arc) {
        int v = topology.head(arc);
        int hub = handlingHub(node, arc);
        double hours = g.linkHours(topology.segment(arc), vehicleClass);
        if (hub >= 0) {
            hours += g.dwellHours(hub);
        }
        if (g.isBorder(v)) {
            hours += g.crossingHours(v);
        }
        return hours;
    }

    private double arcCostUsd(int node, int arc) {
        int v = topology.head(arc);
        int hub = handlingHub(node, arc);
        double cost = g.linkCostUsdPerTonne(topology.segment(arc)) * tonnes;
        if (hub >= 0) {
            cost += g.handlingUsdPerTonne(hub) * tonnes;
        }
        if (g.isBorder(v)) {
            cost += g.feeUsdPerTonne(v) * tonnes;
        }
        return cost;
    }

    /**
     * The hub whose dwell and handling a move along {@code arc} from {@code node} is charged: a
     * transfer's head if it is a modal hub, else its tail if it is one; -1 for other moves.
     */
    private int handlingHub(int node, int arc) {
        if (g.linkModeIndex(topology.segment(arc)) != TRANSFER) {
            return -1;
        }
        int v = topology.head(arc);
        return g.isModalHub(v) ? v : g.isModalHub(node) ? node : -1;
    }

    /**
     * What to take off a path's weight ending at {@code target}: the border crossing there, which
     * arcs into it carry and the router does not charge at the end of a route.
     */
    public double targetAdjustment(int target) {
        return g.isBorder(target)
                ? weights.apply(g.crossingHours(target), g.feeUsdPerTonne(target) * tonnes, 0, 0) : 0;
    }

    /**
     * The first place on a path (arcs from {@code from}, as a {@link CchQuery} unpacks them) that
     * its opening calendar has closed, or at a border would make the goods wait, on the day they
     * reach it when leaving on {@code departure}; -1 when there is none, and then the path's
     * weight is what the router charges. The ends of the route are not checked, as the router
     * does not check them.
     */
    public int firstClosedNode(int from, int[] arcs, LocalDate departure) {
        int to = arcs.length == 0 ? from : topology.head(arcs[arcs.length - 1]);
        double hours = 0;
        int u = from;
        for (int arc : arcs) {
            int link = topology.segment(arc);
            int v = topology.head(arc);
            int hub = handlingHub(u, arc);
            // the router checks the day on arrival: after a handling before the move, before one after it
            boolean before = hub >= 0 && hub == u;
            double arrival = hours + (before ? g.dwellHours(hub) : 0) + g.linkHours(link, vehicleClass);
            if (v != to && g.hasCalendar(v)) {
                LocalDate day = departure.plusDays((long) Math.floor(arrival / 24));
                if (!g.calendar(v).isOpen(day)) {
                    return v;
                }
            }
            hours = arrival + (hub >= 0 && !before ? g.dwellHours(hub) : 0) + (g.isBorder(v) && v != to ? g.crossingHours(v) : 0);
            u = v;
        }
        return -1;
    }
}
