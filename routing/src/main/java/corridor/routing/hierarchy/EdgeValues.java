package corridor.routing.hierarchy;

/**
 * A second value per input arc (km, hours, US dollars...) summed along the path each edge of a
 * customized hierarchy stands for, in both directions: what the path a {@link CchMetric} chose
 * adds up to in a unit other than its weight, without unpacking it. The many-to-many search
 * ({@link ManyToMany}) carries these sums beside the distances, so that a matrix cell gives the
 * km, hours and cost of its shortest path.
 *
 * <p>An edge's path is either one input arc or, through its best lower triangle {@code l – z – h},
 * the paths of two edges below it, which lie in the lists of rank {@code z < l}; computing the
 * edges in the order of their lower rank therefore finds both parts done. O(edges × log degree).
 *
 * <p>Immutable once built; thread-safe.
 */
public final class EdgeValues {

    private final CchMetric metric;
    private final double[] up;
    private final double[] down;

    private EdgeValues(CchMetric metric, double[] up, double[] down) {
        this.metric = metric;
        this.up = up;
        this.down = down;
    }

    /**
     * The sums of {@code arcValue} (one value per input arc, as the metric's weights) along every
     * edge's path in {@code metric}. An edge no path gives (infinite weight) gets 0: it is never
     * on a path found.
     *
     * @throws IllegalArgumentException when {@code arcValue} has the wrong length
     */
    public static EdgeValues along(CchMetric metric, double[] arcValue) {
        CchTopology t = metric.topology();
        if (arcValue.length != t.arcCount()) {
            throw new IllegalArgumentException(arcValue.length + " values for " + t.arcCount() + " arcs");
        }
        int m = t.edgeCount();
        double[] up = new double[m];
        double[] down = new double[m];
        for (int low = 0; low < t.nodeCount(); low++) {
            for (int e = t.upStart(low), end = t.upStart(low + 1); e < end; e++) {
                int high = t.edgeHigh(e);
                up[e] = value(t, metric.via(e, true), low, high, true, up, down, arcValue);
                down[e] = value(t, metric.via(e, false), low, high, false, up, down, arcValue);
            }
        }
        return new EdgeValues(metric, up, down);
    }

    private static double value(CchTopology t, int via, int low, int high, boolean upward, double[] up,
                                double[] down, double[] arcValue) {
        if (via == Integer.MIN_VALUE) {
            return 0;
        }
        if (via < 0) {
            return arcValue[-1 - via];
        }
        int toLow = t.edge(via, low);
        int toHigh = t.edge(via, high);
        // up low → high: down the z–low edge to z, then up z–high; down high → low the other way round
        return upward ? down[toLow] + up[toHigh] : down[toHigh] + up[toLow];
    }

    /** The customization these sums belong to. */
    public CchMetric metric() {
        return metric;
    }

    /** The sum along edge {@code e} travelled upward. */
    double up(int e) {
        return up[e];
    }

    /** The sum along edge {@code e} travelled downward. */
    double down(int e) {
        return down[e];
    }

    /** Bytes of heap held by the two arrays. */
    public long arrayBytes() {
        return 32L + 8L * (up.length + down.length);
    }
}
