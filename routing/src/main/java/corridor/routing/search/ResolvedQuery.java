package corridor.routing.search;

import corridor.model.InputException;
import corridor.model.vehicle.VehicleClass;
import corridor.model.network.Mode;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.graph.VehicleAccess;
import corridor.routing.route.RouteQuery;

import java.util.BitSet;
import java.util.List;

/** A query turned into node and link indexes of one graph. */
final class ResolvedQuery {

    final RouteQuery query;
    final int from;
    final int to;
    final int modeMask;
    final BitSet avoidNodes;
    final BitSet avoidLinks;
    final double tonnes;
    final double riskCeiling;
    final VehicleClass vehicleClass;
    /** What access rules keep the query's vehicle off, for the month of departure. */
    final VehicleAccess access;
    /** The times of moves and stops: the model's, or observed medians for the month of departure. */
    final LegTimes times;
    /** The rules with daily closed hours that make the query's vehicle wait, on the departure's clock. */
    final TimedAccess timed;
    /** Which calendar places are open on which days (the router's). */
    final OpenDays openDays;

    /**
     * @param openDays which calendar places are open on which days: the router's, kept from query to query
     */
    ResolvedQuery(RoutingGraph graph, RouteQuery query, BitSet extraAvoidLinks, OpenDays openDays) {
        this.query = query;
        this.from = require(graph, query.fromId(), "--from");
        this.to = require(graph, query.toId(), "--to");
        int mask = 1 << Mode.TRANSFER.ordinal();
        for (Mode mode : query.modes()) {
            mask |= 1 << mode.ordinal();
        }
        this.modeMask = mask;
        this.avoidNodes = new BitSet();
        for (String id : query.avoidPlaces()) {
            int node = require(graph, id, "--avoid");
            if (node == from || node == to) {
                throw InputException.ofParameter("--avoid", "cannot avoid '" + id + "': it is an end of the route");
            }
            avoidNodes.set(node);
            for (int copy : graph.copiesOf(node)) {
                avoidNodes.set(copy);
            }
        }
        this.avoidLinks = new BitSet();
        for (String id : query.avoidLinks()) {
            int link = graph.linkIndex(id);
            if (link >= 0) {
                avoidLinks.set(link);
            }
        }
        if (extraAvoidLinks != null) {
            avoidLinks.or(extraAvoidLinks);
        }
        this.tonnes = query.cargo().tonnes();
        this.riskCeiling = query.riskCeiling() == null ? Double.POSITIVE_INFINITY : query.riskCeiling();
        this.vehicleClass = query.vehicle().vehicleClass();
        // destination-only streets are closed to through traffic, not to a route that starts or ends on them
        List<Integer> ownStreets = graph.destinationStreets(from, to);
        VehicleAccess monthly = graph.access(query.vehicle(), query.departure().getMonth());
        this.access = ownStreets.isEmpty() ? monthly : monthly.without(ownStreets);
        this.times = new LegTimes(graph, query);
        this.timed = TimedAccess.of(graph, query.vehicle(), query.departure(), graph.place(from).country());
        this.openDays = openDays;
    }

    /** The same query under other access or another clock. */
    private ResolvedQuery(ResolvedQuery q, VehicleAccess access, TimedAccess timed) {
        this.query = q.query;
        this.from = q.from;
        this.to = q.to;
        this.modeMask = q.modeMask;
        this.avoidNodes = q.avoidNodes;
        this.avoidLinks = q.avoidLinks;
        this.tonnes = q.tonnes;
        this.riskCeiling = q.riskCeiling;
        this.vehicleClass = q.vehicleClass;
        this.access = access;
        this.times = q.times;
        this.timed = timed;
        this.openDays = q.openDays;
    }

    /** The same query under other access: to see whether a rule changed a route. */
    ResolvedQuery withAccess(VehicleAccess other) {
        return new ResolvedQuery(this, other, timed);
    }

    /**
     * The same query on the clock of a route that left {@code originId} (a route's second part, from
     * a via place, keeps the first part's clock: 00:00 on the departure day where that one left).
     */
    ResolvedQuery withClockOf(RoutingGraph graph, String originId) {
        TimedAccess clock = TimedAccess.of(graph, query.vehicle(), query.departure(),
                graph.place(require(graph, originId, "--from")).country());
        return new ResolvedQuery(this, access, clock);
    }

    RouteQuery query() {
        return query;
    }

    private static int require(RoutingGraph graph, String id, String parameter) {
        int node = graph.placeIndex(id);
        if (node < 0) {
            throw InputException.ofParameter(parameter, "no place with id '" + id + "' in the network");
        }
        return node;
    }
}
