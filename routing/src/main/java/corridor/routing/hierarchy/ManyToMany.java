package corridor.routing.hierarchy;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/**
 * Shortest distances from many sources to many targets on one customized hierarchy, by the bucket
 * method (Knopp, Sanders, Schultes, Schulz and Wagner 2007; as RoutingKit runs it on a CCH): one
 * upward elimination-tree search from each source leaves, at every rank it reaches, a bucket entry
 * (source, distance); one downward search from each target scans the buckets of the ranks it
 * reaches, and a cell's distance is the least forward + backward sum over the ranks both reach.
 * Work: sources × search space + targets × (search space + entries scanned), against
 * sources × targets point-to-point queries.
 *
 * <p>Beside the distances, {@link EdgeValues} of the same customization are summed along each
 * cell's shortest path (its km, hours, cost), taken from the same meeting rank as the distance.
 *
 * <p>Holds working memory sized to the graph (8 bytes a node, and 8 more per value set): use one per
 * thread at a time; it may be reused for any customization of its hierarchy.
 */
public final class ManyToMany {

    private final CchTopology topology;
    private final double[] dist;
    /** The rank each rank's distance came from (read only where the distance is finite). */
    private final int[] pred;
    private final double[][] sums;
    private final int values;

    /**
     * @param topology the hierarchy the metrics will belong to
     * @param values   how many {@link EdgeValues} each call carries
     */
    public ManyToMany(CchTopology topology, int values) {
        this.topology = topology;
        this.values = values;
        int n = topology.nodeCount();
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        pred = new int[n];
        sums = new double[values][n];
    }

    /**
     * The answer: {@code distance(i, j)} from {@code sources[i]} to {@code targets[j]}
     * ({@link Double#POSITIVE_INFINITY} when there is no path), and {@code sum(k, i, j)}, the k-th
     * {@link EdgeValues} along that path (0 when there is none).
     */
    public record Result(int sourceCount, int targetCount, double[] distances, double[][] sums) {

        public double distance(int i, int j) {
            return distances[i * targetCount + j];
        }

        public double sum(int k, int i, int j) {
            return sums[k][i * targetCount + j];
        }
    }

    /**
     * Distances (and sums of {@code edgeValues}, all of {@code metric}) between every source and
     * every target node; a node may be both, and may repeat.
     *
     * @throws IllegalArgumentException when the metric is of another hierarchy, or the number of
     *                                  value sets is not the one this search was made for
     */
    public Result compute(CchMetric metric, int[] sources, int[] targets, EdgeValues... edgeValues) {
        if (metric.topology() != topology) {
            throw new IllegalArgumentException("the metric belongs to another hierarchy");
        }
        if (edgeValues.length != values) {
            throw new IllegalArgumentException(edgeValues.length + " value sets for a search made for " + values);
        }
        for (EdgeValues v : edgeValues) {
            if (v.metric() != metric) {
                throw new IllegalArgumentException("edge values of another customization");
            }
        }
        Buckets buckets = forward(metric, sources, edgeValues);
        int cells = sources.length * targets.length;
        double[] best = new double[cells];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[][] bestSums = new double[values][cells];
        for (int j = 0; j < targets.length; j++) {
            int t = topology.rank(targets[j]);
            search(metric, t, false, edgeValues);
            for (int y = t; y >= 0; y = topology.parent(y)) {
                double back = dist[y];
                if (back == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int e = buckets.start[y], end = buckets.start[y + 1]; e < end; e++) {
                    double d = buckets.dist[e] + back;
                    int cell = buckets.source[e] * targets.length + j;
                    if (d < best[cell]) {
                        best[cell] = d;
                        for (int k = 0; k < values; k++) {
                            bestSums[k][cell] = buckets.sums[k][e] + sums[k][y];
                        }
                    }
                }
            }
            clear(t);
        }
        return new Result(sources.length, targets.length, best, bestSums);
    }

    /** Entries by rank, in compressed rows: rank y's are {@code start[y]} to {@code start[y + 1] - 1}. */
    private record Buckets(int[] start, int[] source, double[] dist, double[][] sums) {
    }

    /** The forward search of every source, its reached ranks sorted into buckets by counting. */
    private Buckets forward(CchMetric metric, int[] sources, EdgeValues[] edgeValues) {
        int n = topology.nodeCount();
        IntList rankOf = new IntList();
        IntList sourceOf = new IntList();
        DoubleStream.Builder distOf = DoubleStream.builder();
        DoubleStream.Builder[] sumsOf = new DoubleStream.Builder[values];
        for (int k = 0; k < values; k++) {
            sumsOf[k] = DoubleStream.builder();
        }
        for (int i = 0; i < sources.length; i++) {
            int s = topology.rank(sources[i]);
            search(metric, s, true, edgeValues);
            for (int x = s; x >= 0; x = topology.parent(x)) {
                if (dist[x] < Double.POSITIVE_INFINITY) {
                    rankOf.add(x);
                    sourceOf.add(i);
                    distOf.add(dist[x]);
                    for (int k = 0; k < values; k++) {
                        sumsOf[k].add(sums[k][x]);
                    }
                }
            }
            clear(s);
        }
        int entries = rankOf.size();
        double[] dists = distOf.build().toArray();
        double[][] sumsAt = new double[values][];
        for (int k = 0; k < values; k++) {
            sumsAt[k] = sumsOf[k].build().toArray();
        }
        int[] start = new int[n + 1];
        for (int e = 0; e < entries; e++) {
            start[rankOf.get(e) + 1]++;
        }
        for (int y = 0; y < n; y++) {
            start[y + 1] += start[y];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] source = new int[entries];
        double[] d = new double[entries];
        double[][] s = new double[values][entries];
        for (int e = 0; e < entries; e++) {
            int at = fill[rankOf.get(e)]++;
            source[at] = sourceOf.get(e);
            d[at] = dists[e];
            for (int k = 0; k < values; k++) {
                s[k][at] = sumsAt[k][e];
            }
        }
        return new Buckets(start, source, d, s);
    }

    /**
     * The elimination-tree search from rank {@code from}: upward weights forward, downward weights
     * backward (a backward search walks the same edges towards the target). Leaves the distances
     * and sums of the ancestors in {@link #dist} and {@link #sums} until {@link #clear}.
     */
    private void search(CchMetric metric, int from, boolean forward, EdgeValues[] edgeValues) {
        dist[from] = 0;
        for (int k = 0; k < values; k++) {
            sums[k][from] = 0;
        }
        for (int x = from; x >= 0; x = topology.parent(x)) {
            if (values > 0 && x != from && dist[x] < Double.POSITIVE_INFINITY) {
                // x is settled (every lower ancestor relaxed): its sums follow the edge its distance came by
                int low = pred[x];
                int e = topology.edge(low, x);
                for (int k = 0; k < values; k++) {
                    EdgeValues v = edgeValues[k];
                    sums[k][x] = sums[k][low] + (forward ? v.up(e) : v.down(e));
                }
            }
            metric.relax(x, dist, pred, forward);
        }
    }

    /** Resets the distances of the ancestors of {@code from}, the only ranks a search touches. */
    private void clear(int from) {
        for (int x = from; x >= 0; x = topology.parent(x)) {
            dist[x] = Double.POSITIVE_INFINITY;
        }
    }
}
