package corridor.model.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded search against a plain reference Dijkstra (an array scan, no heap) on random graphs, with bounds,
 * targets, skipped segments and closed nodes. The seed is printed; replay a run with
 * {@code -Dcorridor.graph.seed=SEED}.
 */
class BoundedDijkstraTest {

    private static final long SEED = Long.getLong("corridor.graph.seed", System.nanoTime());

    static {
        System.out.println("BoundedDijkstraTest seed " + SEED + " (replay with -Dcorridor.graph.seed=" + SEED + ")");
    }

    /** A path 0 -1- 1 -2- 2 -3- 3 (km), both ways, arcs on segments 0, 1, 2. */
    private static CompactGraph path() {
        CompactGraph.Builder b = CompactGraph.builder(4);
        for (int s = 0; s < 3; s++) {
            b.addArc(s, s + 1, s + 1, s, false).addArc(s + 1, s, s + 1, s, true);
        }
        return b.build();
    }

    @Test
    void settlesEveryNodeWithinTheBoundAndNoneBeyond() {
        BoundedDijkstra search = new BoundedDijkstra(path());
        search.search(0, 3.0);
        assertThat(search.distanceKm(0)).isZero();
        assertThat(search.distanceKm(1)).isEqualTo(1.0);
        assertThat(search.distanceKm(2)).isEqualTo(3.0);
        assertThat(search.isSettled(3)).isFalse();
        assertThat(search.distanceKm(3)).isInfinite();
        assertThat(search.predecessorArc(3)).isEqualTo(-1);
        assertThat(search.pathArcs(3)).isNull();
        assertThat(search.pathArcs(0)).isEmpty();
        assertThat(search.predecessorNode(2)).isEqualTo(1);
        search.search(3, Double.POSITIVE_INFINITY);
        assertThat(search.distanceKm(0)).isEqualTo(6.0);
        int[] arcs = search.pathArcs(0);
        assertThat(Arrays.stream(arcs).map(search.graph()::segment).toArray()).containsExactly(2, 1, 0);
        assertThat(search.graph().backwards(arcs[0])).isTrue();
    }

    @Test
    void stopsOnceItsTargetsAreSettled() {
        BoundedDijkstra search = new BoundedDijkstra(path());
        search.search(0, Double.POSITIVE_INFINITY, null, null, new int[] {1, 1, 2}, 3);
        assertThat(search.distanceKm(2)).isEqualTo(3.0);
        assertThat(search.isSettled(3)).isFalse();
        // the marks of the targets are cleared: a search without targets goes to its bound
        search.search(0, Double.POSITIVE_INFINITY);
        assertThat(search.distanceKm(3)).isEqualTo(6.0);
    }

    @Test
    void keepsOffSkippedSegmentsAndClosedNodes() {
        CompactGraph.Builder b = CompactGraph.builder(3);
        b.addArc(0, 1, 1, 0, false).addArc(1, 2, 1, 1, false).addArc(0, 2, 5, 2, false);
        BoundedDijkstra search = new BoundedDijkstra(b.build());
        BitSet segments = new BitSet();
        segments.set(1);
        search.search(0, Double.POSITIVE_INFINITY, segments, null, null, 0);
        assertThat(search.distanceKm(2)).isEqualTo(5.0);
        BitSet nodes = new BitSet();
        nodes.set(1);
        search.search(0, Double.POSITIVE_INFINITY, null, nodes, null, 0);
        assertThat(search.isSettled(1)).isFalse();
        assertThat(search.distanceKm(2)).isEqualTo(5.0);
        search.search(1, Double.POSITIVE_INFINITY, null, nodes, null, 0);
        assertThat(search.distanceKm(2)).as("the source is settled though closed").isEqualTo(1.0);
    }

    @Test
    void agreesWithAPlainDijkstraOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(SEED);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(60);
            int m = random.nextInt(4 * n);
            CompactGraph.Builder builder = CompactGraph.builder(n);
            List<double[]> arcs = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                int u = random.nextInt(n);
                int v = random.nextInt(n);
                // some zero lengths and repeated lengths: ties
                double km = random.nextInt(5) == 0 ? 0 : random.nextInt(20) / 4.0;
                int segment = random.nextInt(3) == 0 ? CompactGraph.NO_SEGMENT : random.nextInt(m);
                builder.addArc(u, v, km, segment, random.nextBoolean());
                arcs.add(new double[] {u, v, km, segment});
            }
            CompactGraph graph = builder.build();
            BoundedDijkstra search = new BoundedDijkstra(graph);
            // several searches on one instance: its reset is under test too
            for (int q = 0; q < 5; q++) {
                int source = random.nextInt(n);
                double bound = random.nextBoolean() ? Double.POSITIVE_INFINITY : random.nextInt(40) / 2.0;
                BitSet skipped = random.nextBoolean() ? null : randomBits(random, m, 0.1);
                BitSet closed = random.nextBoolean() ? null : randomBits(random, n, 0.1);
                int[] targets = new int[random.nextInt(4)];
                for (int t = 0; t < targets.length; t++) {
                    targets[t] = random.nextInt(n);
                }
                search.search(source, bound, skipped, closed, targets, targets.length);
                double[] expected = reference(n, arcs, source, skipped, closed);
                String where = "seed " + SEED + " round " + round + " query " + q;
                boolean allTargetsSettled = true;
                for (int t : targets) {
                    allTargetsSettled &= search.isSettled(t);
                }
                for (int v = 0; v < n; v++) {
                    if (search.isSettled(v)) {
                        assertThat(search.distanceKm(v)).as(where + " node " + v).isEqualTo(expected[v]);
                        assertThat(pathLength(graph, search, source, v)).as(where + " path to " + v)
                                .isEqualTo(expected[v]);
                        checked++;
                    } else {
                        assertThat(search.distanceKm(v)).isInfinite();
                        if (targets.length == 0 || !allTargetsSettled) {
                            assertThat(expected[v] > bound || expected[v] == Double.POSITIVE_INFINITY)
                                    .as(where + " node " + v + " missed at " + expected[v]).isTrue();
                        }
                    }
                }
                for (int t : targets) {
                    if (expected[t] <= bound && expected[t] < Double.POSITIVE_INFINITY) {
                        assertThat(search.isSettled(t)).as(where + " target " + t).isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    private static BitSet randomBits(SplittableRandom random, int size, double share) {
        BitSet bits = new BitSet();
        for (int i = 0; i < size; i++) {
            if (random.nextDouble() < share) {
                bits.set(i);
            }
        }
        return bits;
    }

    /** The path's arcs summed in driving order, checked to start at the source and chain head to tail. */
    private static double pathLength(CompactGraph graph, BoundedDijkstra search, int source, int node) {
        int at = source;
        double km = 0;
        for (int arc : search.pathArcs(node)) {
            assertThat(arc).isBetween(graph.firstArc(at), graph.endArc(at) - 1);
            km += graph.lengthKm(arc);
            at = graph.head(arc);
        }
        assertThat(at).isEqualTo(node);
        return km;
    }

    /** Textbook Dijkstra: scan for the nearest unsettled node, no heap. */
    private static double[] reference(int n, List<double[]> arcs, int source, BitSet skipped, BitSet closed) {
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[n];
        dist[source] = 0;
        while (true) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!done[v] && dist[v] < Double.POSITIVE_INFINITY && (u < 0 || dist[v] < dist[u])) {
                    u = v;
                }
            }
            if (u < 0) {
                return dist;
            }
            done[u] = true;
            for (double[] a : arcs) {
                int v = (int) a[1];
                int segment = (int) a[3];
                if ((int) a[0] == u && (skipped == null || segment < 0 || !skipped.get(segment))
                        && (closed == null || !closed.get(v))) {
                    dist[v] = Math.min(dist[v], dist[u] + a[2]);
                }
            }
        }
    }
}
