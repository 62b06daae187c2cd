package corridor.routing.hierarchy;

import corridor.routing.graph.RoutingGraph;

import java.util.Arrays;
import java.util.PriorityQueue;

/** Plain Dijkstra over a graph's arcs with given weights: the reference the hierarchy must agree with. */
final class ReferenceDijkstra {

    private final RoutingGraph g;
    private final double[] dist;

    ReferenceDijkstra(RoutingGraph graph) {
        this.g = graph;
        this.dist = new double[graph.placeCount()];
    }

    /** Shortest distance from {@code s} to {@code t} under {@code weights}; infinity when unreachable. */
    double distance(int s, int t, double[] weights) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[s] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, s});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            if (u == t) {
                return dist[u];
            }
            for (int a = g.arcStart(u); a < g.arcStart(u + 1); a++) {
                double d = dist[u] + weights[a];
                int v = g.arcHead(a);
                if (d < dist[v]) {
                    dist[v] = d;
                    queue.add(new double[] {d, v});
                }
            }
        }
        return dist[t];
    }
}
