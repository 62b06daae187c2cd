package corridor.routing.testing;

import corridor.routing.graph.RoutingGraph;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Plain Dijkstra over a graph's arcs with given weights: the reference the hierarchy must agree with.
 * Deliberately naive (a {@link PriorityQueue} with lazy deletion), sharing no code with the engine.
 * Holds working memory sized to the graph: not thread-safe.
 */
public final class ReferenceDijkstra {

    private final RoutingGraph g;
    private final double[] dist;

    public ReferenceDijkstra(RoutingGraph graph) {
        this.g = graph;
        this.dist = new double[graph.placeCount()];
    }

    /**
     * The shortest distance from {@code s} to every node under {@code weights} (one per arc; infinity
     * closes an arc), infinity where unreachable. The array is this object's own: valid until the next call.
     */
    public double[] distancesFrom(int s, double[] weights) {
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
            for (int a = g.topology().firstArc(u), end = g.topology().endArc(u); a < end; a++) {
                double d = dist[u] + weights[a];
                int v = g.topology().head(a);
                if (d < dist[v]) {
                    dist[v] = d;
                    queue.add(new double[] {d, v});
                }
            }
        }
        return dist;
    }
}
