package corridor.routing.hierarchy;

import java.util.Arrays;

/**
 * Shortest paths on a customized hierarchy by elimination-tree search: every node an upward
 * search from {@code s} can reach is an ancestor of {@code s} in the elimination tree, so the
 * forward search walks those ancestors in rank order and relaxes their upward edges, with no
 * priority queue; the backward search does the same from {@code t} with the downward weights;
 * the distance is the least sum at a common ancestor. The path is unpacked into input arcs.
 *
 * <p>Holds working memory sized to the graph: create one per thread. A query can be pointed at
 * another {@link CchMetric} of the same topology with {@link #use}.
 */
public final class CchQuery {

    private CchMetric metric;
    private final CchTopology topology;
    private final double[] forward;
    private final double[] backward;
    private final int[] forwardPred;
    private final int[] backwardPred;
    private int meeting = -1;
    private int sourceRank;
    private int targetRank;
    private boolean searched;

    public CchQuery(CchMetric metric) {
        this.metric = metric;
        this.topology = metric.topology();
        int n = topology.nodeCount();
        forward = new double[n];
        backward = new double[n];
        Arrays.fill(forward, Double.POSITIVE_INFINITY);
        Arrays.fill(backward, Double.POSITIVE_INFINITY);
        forwardPred = new int[n];
        backwardPred = new int[n];
    }

    /**
     * Answers further queries with another customization of the same topology.
     *
     * @throws IllegalArgumentException when {@code other} was customized on another topology
     */
    public void use(CchMetric other) {
        if (other.topology() != topology) {
            throw new IllegalArgumentException("the metric belongs to another hierarchy");
        }
        this.metric = other;
    }

    /**
     * The shortest distance from node {@code source} to node {@code target} (0 when equal),
     * {@link Double#POSITIVE_INFINITY} when no path of finite weight exists. Afterwards
     * {@link #pathArcs()} gives the path.
     */
    public double distance(int source, int target) {
        clear();
        sourceRank = topology.rank(source);
        targetRank = topology.rank(target);
        searched = true;
        forward[sourceRank] = 0;
        backward[targetRank] = 0;
        for (int x = sourceRank; x >= 0; x = topology.parent(x)) {
            metric.relax(x, forward, forwardPred, true);
        }
        for (int x = targetRank; x >= 0; x = topology.parent(x)) {
            metric.relax(x, backward, backwardPred, false);
        }
        double best = Double.POSITIVE_INFINITY;
        meeting = -1;
        // the common ancestors are the target's ancestors from the lowest one the source's path reaches
        int x = targetRank;
        int y = sourceRank;
        while (x >= 0 && y >= 0) {
            if (x == y) {
                double d = forward[x] + backward[x];
                if (d < best) {
                    best = d;
                    meeting = x;
                }
                x = topology.parent(x);
                y = topology.parent(y);
            } else if (x < y) {
                x = topology.parent(x);
            } else {
                y = topology.parent(y);
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            meeting = -1;
        }
        return best;
    }

    /**
     * The input arcs of the path the last {@link #distance} found, in travel order (empty for a
     * node to itself), or {@code null} when it found none.
     */
    public int[] pathArcs() {
        if (meeting < 0) {
            return null;
        }
        IntList up = new IntList();
        IntList stack = new IntList();
        for (int y = meeting; y != sourceRank; y = forwardPred[y]) {
            up.add(y);
        }
        IntList arcs = new IntList();
        int low = sourceRank;
        for (int i = up.size() - 1; i >= 0; i--) {
            metric.unpack(low, up.get(i), true, arcs, stack);
            low = up.get(i);
        }
        for (int y = meeting; y != targetRank; y = backwardPred[y]) {
            metric.unpack(backwardPred[y], y, false, arcs, stack);
        }
        return arcs.toArray();
    }

    /** Clears the distances of the last search: only the two ancestor paths were touched. */
    private void clear() {
        if (!searched) {
            return;
        }
        for (int x = sourceRank; x >= 0; x = topology.parent(x)) {
            forward[x] = Double.POSITIVE_INFINITY;
        }
        for (int x = targetRank; x >= 0; x = topology.parent(x)) {
            backward[x] = Double.POSITIVE_INFINITY;
        }
        searched = false;
        meeting = -1;
    }
}
