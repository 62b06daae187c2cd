package corridor.routing.hierarchy;

import java.util.Arrays;

/**
 * One weighting customized on a {@link CchTopology}: the weight of every edge of the hierarchy in
 * both travel directions, and how to unpack it into input arcs. Built by basic customization:
 * each edge starts with the least weight of the input arcs on it (infinity when there is none,
 * which is also how a closed arc is given), then every lower triangle {@code x – z – y} ({@code z}
 * below both) offers the path through {@code z}, on as many threads as there are processors
 * (the common fork-join pool's and the caller's; {@link CustomizationSchedule}). After it, an
 * upward search from the source and one from the target meet at the shortest distance.
 *
 * <p>Immutable once built, thread-safe to share between {@link CchQuery}s.
 */
public final class CchMetric {

    /** An edge direction that no input arc and no triangle gives: its weight is infinite. */
    private static final int NONE = Integer.MIN_VALUE;

    private final CchTopology topology;
    private final double[] up;
    private final double[] down;
    /** Per edge and direction: the middle rank of the best triangle, or -1 - arc for an input arc. */
    private final int[] upVia;
    private final int[] downVia;

    private CchMetric(CchTopology topology) {
        this.topology = topology;
        int m = topology.edgeCount();
        up = new double[m];
        down = new double[m];
        upVia = new int[m];
        downVia = new int[m];
    }

    /**
     * Customizes {@code topology} for the given weight of each input arc (same indexes as the arcs
     * the topology was built from). A weight of {@link Double#POSITIVE_INFINITY} closes the arc.
     *
     * @throws IllegalArgumentException when {@code arcWeight} has the wrong length or a weight is
     *                                  negative or NaN
     */
    public static CchMetric customize(CchTopology topology, double[] arcWeight) {
        return customize(topology, arcWeight,
                new CustomizationSchedule(topology, Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #customize(CchTopology, double[])}, in the order of {@code schedule}. */
    static CchMetric customize(CchTopology topology, double[] arcWeight, CustomizationSchedule schedule) {
        if (arcWeight.length != topology.arcCount()) {
            throw new IllegalArgumentException(arcWeight.length + " weights for " + topology.arcCount() + " arcs");
        }
        CchMetric metric = new CchMetric(topology);
        metric.inputWeights(arcWeight);
        schedule.run(topology.nodeCount(), (x, edgeTo) -> metric.pull(x, schedule.downStart, schedule.downLow, edgeTo));
        return metric;
    }

    private void inputWeights(double[] arcWeight) {
        Arrays.fill(up, Double.POSITIVE_INFINITY);
        Arrays.fill(down, Double.POSITIVE_INFINITY);
        Arrays.fill(upVia, NONE);
        Arrays.fill(downVia, NONE);
        for (int a = 0; a < arcWeight.length; a++) {
            double w = arcWeight[a];
            if (!(w >= 0)) {
                throw new IllegalArgumentException("arc " + a + " has weight " + w + "; weights must be >= 0");
            }
            int code = topology.arcEdge(a);
            if (code == CchTopology.NO_EDGE) {
                continue;
            }
            int e = code >>> 1;
            double[] weights = (code & 1) == 0 ? up : down;
            int[] via = (code & 1) == 0 ? upVia : downVia;
            if (w < weights[e]) {
                weights[e] = w;
                via[e] = -1 - a;
            }
        }
    }

    /**
     * The lower triangles of rank x's upward edges: for each lower neighbour z (ascending), the path
     * through z to each higher neighbour y of z above x ({@code x – y} exists: the hierarchy is
     * chordal). Only x's own edges are written, and only edges below x's descendants read, so
     * ranks are handled in parallel ({@link CustomizationSchedule}); the smallest z wins a tie,
     * whatever the threads. {@code edgeTo} (the calling thread's) maps a rank to x's edge to it.
     */
    private void pull(int x, int[] downStart, int[] downLow, int[] edgeTo) {
        CchTopology t = topology;
        for (int e = t.upStart(x), end = t.upStart(x + 1); e < end; e++) {
            edgeTo[t.edgeHigh(e)] = e;
        }
        for (int i = downStart[x], end = downStart[x + 1]; i < end; i++) {
            int z = downLow[i];
            int zEnd = t.upStart(z + 1);
            int zx = t.edge(z, x);
            // x → y goes down z–x to z, then up z–y; y → x down z–y, then up z–x
            double zxDown = down[zx];
            double zxUp = up[zx];
            for (int j = zx + 1; j < zEnd; j++) {
                int k = edgeTo[t.edgeHigh(j)];
                double viaUp = zxDown + up[j];
                if (viaUp < up[k]) {
                    up[k] = viaUp;
                    upVia[k] = z;
                }
                double viaDown = down[j] + zxUp;
                if (viaDown < down[k]) {
                    down[k] = viaDown;
                    downVia[k] = z;
                }
            }
        }
    }

    public CchTopology topology() {
        return topology;
    }

    /**
     * Relaxes the upward edges of rank {@code x}, as the elimination-tree searches walk them: each
     * higher neighbour y that {@code dist[x]} plus the edge's weight (travelled up, or down for a
     * backward search) brings closer gets that distance in {@code dist[y]} and {@code x} in
     * {@code pred[y]}. A rank not reached ({@code dist[x]} infinite) relaxes nothing.
     */
    void relax(int x, double[] dist, int[] pred, boolean upward) {
        double dx = dist[x];
        if (dx == Double.POSITIVE_INFINITY) {
            return;
        }
        for (int e = topology.upStart(x), end = topology.upStart(x + 1); e < end; e++) {
            double d = dx + (upward ? up[e] : down[e]);
            int y = topology.edgeHigh(e);
            if (d < dist[y]) {
                dist[y] = d;
                pred[y] = x;
            }
        }
    }

    /** Weight of travelling edge {@code e} from its lower to its higher end. */
    double up(int e) {
        return up[e];
    }

    /** Weight of travelling edge {@code e} from its higher to its lower end. */
    double down(int e) {
        return down[e];
    }

    /**
     * Appends to {@code out} the input arcs of travelling edge {@code e} (between ranks
     * {@code low < high}) upward ({@code upward}) or downward, in travel order; {@code stack} is
     * the caller's working list (emptied first).
     */
    void unpack(int low, int high, boolean upward, IntList out, IntList stack) {
        stack.clear();
        push(stack, low, high, upward);
        while (stack.size() > 0) {
            boolean dirUp = stack.pop() == 1;
            int h = stack.pop();
            int l = stack.pop();
            int e = topology.edge(l, h);
            int via = dirUp ? upVia[e] : downVia[e];
            if (via == NONE) {
                throw new IllegalStateException("unpacking an edge no arc gives");
            }
            if (via < 0) {
                out.add(-1 - via);
                continue;
            }
            int z = via;
            // up l → h is l → z (z–l down) then z → h (z–h up); down h → l is h → z then z → l.
            // Pushed second part first: the stack gives them back in travel order.
            if (dirUp) {
                push(stack, z, h, true);
                push(stack, z, l, false);
            } else {
                push(stack, z, l, true);
                push(stack, z, h, false);
            }
        }
    }

    private static void push(IntList stack, int low, int high, boolean upward) {
        stack.add(low);
        stack.add(high);
        stack.add(upward ? 1 : 0);
    }

    /**
     * How edge {@code e} was customized in one direction: the middle rank of its best lower
     * triangle ({@code >= 0}), {@code -1 - arc} for an input arc, or {@link Integer#MIN_VALUE} when
     * nothing gives it (infinite weight).
     */
    int via(int e, boolean upward) {
        return upward ? upVia[e] : downVia[e];
    }

    /** Bytes of heap held by this customization's arrays. */
    public long arrayBytes() {
        return 16L * 4 + 16L * up.length + 8L * upVia.length;
    }
}
