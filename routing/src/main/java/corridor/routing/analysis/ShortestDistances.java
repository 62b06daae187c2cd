package corridor.routing.analysis;

import corridor.model.graph.MinHeap;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.vehicle.Vehicle;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.VehicleAccess;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The shortest route by distance between two places of a {@link RoutingGraph}, by one mode of transport (and the
 * transfers between places of one hub, such as a city and its railway station): what "the road distance from A to
 * B" means on the network. A plain Dijkstra on each link's length, in km; a route's time, cost and risk play no
 * part. The links and places a vehicle's access rules keep it off in every month are left out (a pass closed to
 * heavy vehicles all year); seasonal rules and opening calendars are not applied, as a distance does not depend on
 * the day.
 *
 * <p>Immutable; thread-safe: each query works in its own arrays.
 */
public final class ShortestDistances {

    private static final int TRANSFER = Mode.TRANSFER.ordinal();

    private final RoutingGraph graph;
    private final Vehicle vehicle;
    private final BitSet blockedLinks;
    private final BitSet blockedNodes;

    /**
     * Distances over {@code graph} for {@code vehicle}.
     *
     * @param vehicle the vehicle whose year-round access rules apply; null is {@link Vehicle#unspecifiedTruck()}
     *                (a heavy transport vehicle), as for the router
     */
    public ShortestDistances(RoutingGraph graph, Vehicle vehicle) {
        this.graph = graph;
        this.vehicle = vehicle == null ? Vehicle.unspecifiedTruck() : vehicle;
        BitSet links = null;
        BitSet nodes = null;
        for (Month month : Month.values()) {
            VehicleAccess access = graph.access(this.vehicle, month);
            links = and(links, access.blockedLinks());
            nodes = and(nodes, access.blockedNodes());
        }
        this.blockedLinks = links;
        this.blockedNodes = nodes;
    }

    private static BitSet and(BitSet so, BitSet month) {
        BitSet result = (BitSet) month.clone();
        if (so != null) {
            result.and(so);
        }
        return result;
    }

    /** The vehicle whose access rules apply. */
    public Vehicle vehicle() {
        return vehicle;
    }

    /**
     * A route and its length.
     *
     * @param distanceKm   the route's length, km
     * @param places       the places of the dataset it passes, ends included, in order (OSM road junctions left out)
     * @param links        the dataset's links it travels, in order (OSM road segments left out)
     * @param roadSegments how many OSM road segments it travels (0 without a road layer)
     */
    public record DistanceRoute(double distanceKm, List<Place> places, List<Link> links, int roadSegments) {

        public DistanceRoute {
            places = List.copyOf(places);
            links = List.copyOf(links);
        }
    }

    /**
     * The shortest route by {@code mode} from {@code fromId} to {@code toId}; empty when either id is not a place of
     * the graph, the two are the same place, or no route by that mode joins them.
     */
    public Optional<DistanceRoute> between(String fromId, String toId, Mode mode) {
        int from = graph.placeIndex(fromId);
        int to = graph.placeIndex(toId);
        if (from < 0 || to < 0 || from == to || blockedNodes.get(from) || blockedNodes.get(to)) {
            return Optional.empty();
        }
        int n = graph.placeCount();
        double[] km = new double[n];
        Arrays.fill(km, Double.POSITIVE_INFINITY);
        int[] viaArc = new int[n];
        Arrays.fill(viaArc, -1);
        int[] previous = new int[n];
        boolean[] done = new boolean[n];
        km[from] = 0;
        MinHeap queue = new MinHeap();
        queue.push(0, from);
        while (!queue.isEmpty()) {
            int u = queue.pop();
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == to) {
                break;
            }
            for (int arc = graph.topology().firstArc(u), end = graph.topology().endArc(u); arc < end; arc++) {
                int link = graph.topology().segment(arc);
                int v = graph.topology().head(arc);
                int linkMode = graph.linkModeIndex(link);
                if ((linkMode != mode.ordinal() && linkMode != TRANSFER) || blockedLinks.get(link)
                        || blockedNodes.get(v) || done[v]) {
                    continue;
                }
                double through = km[u] + graph.linkKm(link);
                if (through < km[v]) {
                    km[v] = through;
                    viaArc[v] = arc;
                    previous[v] = u;
                    queue.push(through, v);
                }
            }
        }
        if (!done[to]) {
            return Optional.empty();
        }
        return Optional.of(path(from, to, km[to], viaArc, previous));
    }

    private DistanceRoute path(int from, int to, double distanceKm, int[] viaArc, int[] previous) {
        List<Place> places = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int firstSegment = graph.linkCount() - graph.roadSegmentCount();
        int segments = 0;
        for (int v = to; v != from; v = previous[v]) {
            if (!graph.isRoadJunction(v)) {
                places.add(graph.place(v));
            }
            int link = graph.topology().segment(viaArc[v]);
            if (link >= firstSegment) {
                segments++;
            } else {
                links.add(graph.links().get(link));
            }
        }
        places.add(graph.place(from));
        Collections.reverse(places);
        Collections.reverse(links);
        return new DistanceRoute(distanceKm, places, links, segments);
    }
}
