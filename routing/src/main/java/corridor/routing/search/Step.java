package corridor.routing.search;

import corridor.model.graph.CompactGraph;
import corridor.model.network.Mode;
import corridor.model.network.OpeningRule;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.graph.VehicleAccess;
import corridor.routing.route.Closure;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One move along an arc, with the hub and border services it brings: the single place where the
 * rules of mode change, dwell, fees and closures live, shared by every search and by the
 * explanation of a route, so that both always agree.
 *
 * <p>Rules. Goods carry the mode they last moved by ({@link #NONE} at the origin). Taking a link
 * of another mode is a change of mode, allowed only at a modal hub (seaport, dry port, rail
 * terminal), which adds the hub's dwell and handling. A transfer link (a connector between places
 * of one hub) keeps the carried mode, unless one of its ends is a modal hub: then the goods are
 * handled by that hub (the end entered, if both are hubs) and may leave by any mode. Passing a
 * border crossing (not at the ends of the route) adds its crossing time and fees, and is refused
 * on the day goods reach it if its opening calendar has it closed that day; closed only for a day
 * of the week (Khunjerab's weekends), the goods wait for the start of the next open day instead.
 * A road junction with a calendar (a mountain pass such as Babusar Top, closed in winter) is
 * refused the same way on a closed day, and costs nothing on an open one. An access rule with daily
 * closed hours ({@link TimedAccess}) that binds the vehicle makes it wait to enter its link until the
 * window ends; on a place, to enter it at the end of the route (the arrival is then when the vehicle
 * may enter): a route through the place's node is taken to use the through routes such a ban keeps
 * open (Karachi's Northern Bypass to the port).
 */
final class Step {

    /** The carried mode at the origin, or after a hub has handled the goods (transfers are never carried). */
    static final int NONE = Mode.TRANSFER.ordinal();

    private static final int TRANSFER = Mode.TRANSFER.ordinal();

    private final RoutingGraph g;
    private final CompactGraph topology;
    private final ResolvedQuery q;
    private final LocalDate departure;
    private final long departureDay;

    boolean ok;
    int head;
    int carried;
    /** Hub handled before the move (change of mode, or transfer out of it), or -1. */
    int preHub;
    /** Hub handled after the move (transfer into it), or -1. */
    int postHub;
    /** Border crossed on arrival, or -1. */
    int border;
    /**
     * Link (>= 0), place ({@code -1 - node}) or arc ({@link VehicleAccess#arcKey}: a turn restriction) an
     * access rule kept the vehicle off, or {@link #NOT_EXCLUDED}.
     */
    int excluded;
    static final int NOT_EXCLUDED = Integer.MIN_VALUE;
    /** Closed place met, or -1; {@link #closedDay} the day. */
    int closed;
    LocalDate closedDay;
    /** Hours waited at {@link #border} for it to open (a weekly closing day), else 0. */
    double waitHours;
    /** The wait for a rule's closed hours to end before entering the link, or null. */
    TimedAccess.Wait linkWait;
    /** The wait for a rule's closed hours to end before entering the head place, or null. */
    TimedAccess.Wait placeWait;
    double hours;
    double costUsd;
    double co2Kg;
    double risk;

    Step(RoutingGraph graph, ResolvedQuery query) {
        this.g = graph;
        this.topology = graph.topology();
        this.q = query;
        this.departure = query.query().departure();
        this.departureDay = departure.toEpochDay();
    }

    /** Evaluates taking {@code arc} from {@code node} with {@code carriedMode} after {@code hoursSoFar}. */
    boolean take(int node, int carriedMode, int arc, double hoursSoFar) {
        return take(node, carriedMode, arc, hoursSoFar, false);
    }

    /**
     * As {@link #take(int, int, int, double)}; with {@code intoTarget} the head is taken as the end of
     * the route, as the query's target always is: no crossing charged, no calendar or access rule of
     * the place checked (a search to every place, {@link Reach}, asks both ways).
     */
    boolean take(int node, int carriedMode, int arc, double hoursSoFar, boolean intoTarget) {
        ok = false;
        closed = -1;
        excluded = NOT_EXCLUDED;
        linkWait = null;
        placeWait = null;
        int link = topology.segment(arc);
        int v = topology.head(arc);
        int mode = g.linkModeIndex(link);
        if ((q.modeMask & (1 << mode)) == 0 || q.avoidLinks.get(link) || q.avoidNodes.get(v)) {
            return false;
        }
        if (q.access.blockedLinks().get(link)) {
            excluded = link;
            return false;
        }
        if (q.access.blockedArcs().get(arc)) {
            // a turn restriction; the arcs into a junction's copies closed to other vehicles are no rule met
            int key = VehicleAccess.arcKey(arc);
            excluded = q.access.reason(key) != null ? key : NOT_EXCLUDED;
            return false;
        }
        boolean end = intoTarget || g.canonicalNode(v) == q.to;
        if (q.access.blockedNodes().get(v) && !end) {
            excluded = -1 - v;
            return false;
        }
        head = v;
        preHub = -1;
        postHub = -1;
        border = -1;
        waitHours = 0;
        hours = 0;
        costUsd = 0;
        co2Kg = 0;
        if (mode != TRANSFER) {
            if (carriedMode != NONE && carriedMode != mode) {
                if (!g.isModalHub(node)) {
                    return false;
                }
                preHub = node;
            }
            carried = mode;
        } else if (g.isModalHub(v) || g.isModalHub(node)) {
            if (g.isModalHub(v)) {
                postHub = v;
            } else {
                preHub = node;
            }
            carried = NONE;
        } else {
            carried = carriedMode;
        }
        if (preHub >= 0) {
            addHub(preHub);
        }
        if (!q.timed.isEmpty()) {
            linkWait = q.timed.waitAt(link, hoursSoFar + hours);
            hours += linkWait == null ? 0 : linkWait.hours();
        }
        hours += q.times.link(link);
        costUsd += g.linkCostUsdPerTonne(link) * q.tonnes;
        co2Kg += g.linkCo2KgPerTonne(link) * q.tonnes;
        risk = g.linkRisk(link);
        if (end && !q.timed.isEmpty()) {
            // a place's closed hours bind deliveries into it: through its node, routes take its open bypasses
            placeWait = q.timed.waitAt(-1 - g.canonicalNode(v), hoursSoFar + hours);
            hours += placeWait == null ? 0 : placeWait.hours();
        }
        double arrivalHours = hoursSoFar + hours;
        if (postHub >= 0) {
            addHub(postHub);
        }
        boolean crossing = g.isBorder(v);
        if (!end && (crossing || g.hasCalendar(v))) {
            if (g.hasCalendar(v)) {
                long dayIndex = (long) Math.floor(arrivalHours / 24);
                int waitDays = q.openDays.waitDays(v, departureDay + dayIndex);
                if (waitDays == OpenDays.CLOSED) {
                    closed = v;
                    closedDay = departure.plusDays(dayIndex);
                    return false;
                }
                if (waitDays > 0) {
                    waitHours = (dayIndex + waitDays) * 24.0 - arrivalHours;
                }
            }
            if (crossing) {
                border = v;
                hours += waitHours + q.times.crossing(v);
                costUsd += g.feeUsdPerTonne(v) * q.tonnes;
            }
        }
        ok = true;
        return true;
    }

    private void addHub(int hub) {
        hours += q.times.dwell(hub);
        costUsd += g.handlingUsdPerTonne(hub) * q.tonnes;
    }

    /** Why {@link #closed} is closed on {@link #closedDay}, from its calendar. */
    Closure closure() {
        return closure(g, closed, closedDay);
    }

    /** Why {@code node} is closed on {@code closedDay}, from its calendar. */
    static Closure closure(RoutingGraph g, int node, LocalDate closedDay) {
        return closure(g, node, closedDay, Step::reason);
    }

    /** As {@link #closure(RoutingGraph, int, LocalDate)}, each rule's sentence from {@code reasons}. */
    static Closure closure(RoutingGraph g, int node, LocalDate closedDay, Function<OpeningRule, String> reasons) {
        var place = g.place(node);
        String reason = g.calendar(node).ruleOn(closedDay).map(reasons).orElse("closed by its calendar");
        return new Closure(place.id(), place.name(), closedDay, reason);
    }

    /** The sentence that says why a place under {@code rule} is closed. */
    static String reason(OpeningRule rule) {
        return "open only in " + months(rule.openMonths()) + " under the rule from " + rule.fromText()
                + (rule.lastDay() == null ? "" : " to " + rule.toText());
    }

    private static String months(java.util.Set<Month> open) {
        if (open.isEmpty()) {
            return "no month (closed all year)";
        }
        return open.stream().sorted().map(m -> m.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}
