package corridor.routing.search;

import corridor.model.graph.MinHeap;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteQuery;

import java.util.Arrays;

/**
 * How soon goods leaving one place can be at every other: a Dijkstra search by hours from the
 * query's origin to every place, bounded by a number of hours, under the rules of a move the router
 * applies ({@link Step}: the query's modes, vehicle, access rules, avoided places and links, and
 * the calendars on the day goods reach a place). Its labels are the router's: for every place the
 * search reaches, {@link Times#arrivalHours} is the hours of {@code corridor route --objective time}
 * from the origin to that place (with the end of a route's rules: no crossing charged, no calendar
 * or access rule of the place checked).
 *
 * <p>Stateless; each call allocates its working memory (about 20 bytes a place). Thread-safe.
 */
public final class Reach {

    private Reach() {
    }

    /**
     * The hours from the origin of a query (its {@code fromId}; its {@code toId} and weights are not
     * read) to every place within {@code maxHours}.
     *
     * @param graph    the network
     * @param query    the origin, departure, cargo, modes, vehicle and what to avoid
     * @param maxHours the bound, in hours; places reached later count as not reached
     * @throws corridor.model.InputException when the origin or an avoided place is not in the network
     */
    public static Times within(RoutingGraph graph, RouteQuery query, double maxHours) {
        if (!(maxHours >= 0) || Double.isInfinite(maxHours)) {
            throw new IllegalArgumentException("maxHours must be finite and >= 0, got " + maxHours);
        }
        ResolvedQuery q = new ResolvedQuery(graph, query.withEnds(query.fromId(), query.fromId()), null, new OpenDays(graph));
        int n = graph.placeCount();
        double[] arrival = new double[n];
        double[] pass = new double[n];
        Arrays.fill(arrival, Double.POSITIVE_INFINITY);
        Arrays.fill(pass, Double.POSITIVE_INFINITY);
        double[] hoursAt = new double[n * 4];
        Arrays.fill(hoursAt, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[n * 4];
        double[] entry = new double[graph.topology().arcCount()];
        Arrays.fill(entry, Double.POSITIVE_INFINITY);
        MinHeap heap = new MinHeap();
        Step step = new Step(graph, q);
        int start = q.from * 4 + Step.NONE;
        hoursAt[start] = 0;
        arrival[q.from] = 0;
        heap.push(0, start);
        while (!heap.isEmpty()) {
            int s = heap.pop();
            if (done[s]) {
                continue;
            }
            done[s] = true;
            int u = s >>> 2;
            int carried = s & 3;
            double h = hoursAt[s];
            pass[u] = Math.min(pass[u], h);
            for (int a = graph.topology().firstArc(u), end = graph.topology().endArc(u); a < end; a++) {
                if (step.take(u, carried, a, h, true)) {
                    entry[a] = Math.min(entry[a], h);
                    double at = h + step.hours;
                    if (at <= maxHours && at < arrival[step.head]) {
                        arrival[step.head] = at;
                    }
                }
                if (!step.take(u, carried, a, h, false)) {
                    continue;
                }
                int t = step.head * 4 + step.carried;
                double next = h + step.hours;
                if (next <= maxHours && !done[t] && next < hoursAt[t]) {
                    hoursAt[t] = next;
                    heap.push(next, t);
                }
            }
        }
        // a junction is reached when a copy of it (an approach a turn restriction binds) is
        for (int node = 0; node < n; node++) {
            int original = graph.canonicalNode(node);
            if (original != node) {
                arrival[original] = Math.min(arrival[original], arrival[node]);
            }
        }
        return new Times(q.from, arrival, pass, entry);
    }

    /**
     * What a {@link #within} search found, by node index of its graph.
     *
     * @param origin       the node the goods leave from
     * @param arrivalHours per node, hours to reach it as the end of a route; infinite when not within the bound
     * @param passHours    per node, the earliest hours at which goods can leave it onward (after a
     *                     border's crossing, say); infinite when not within the bound
     * @param entryHours   per arc, the earliest hours at which goods may set off along it (the move is
     *                     allowed at that time, at least as the last of a route); infinite when never
     *                     within the bound
     */
    public record Times(int origin, double[] arrivalHours, double[] passHours, double[] entryHours) {

        /** Hours to reach {@code node} as the end of a route, or infinity. */
        public double arrival(int node) {
            return arrivalHours[node];
        }

        /** The earliest hours at which goods may set off along arc {@code arc}, or infinity. */
        public double entry(int arc) {
            return entryHours[arc];
        }

        /** The earliest hours at which goods can leave {@code node} onward, or infinity. */
        public double pass(int node) {
            return passHours[node];
        }
    }
}
