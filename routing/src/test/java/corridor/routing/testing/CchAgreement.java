package corridor.routing.testing;

import corridor.model.network.Mode;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.hierarchy.CchQuery;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.route.Weights;

import java.util.BitSet;
import java.util.Random;

/**
 * The randomized check of {@code corridor.routing.hierarchy}, in the manner of GraphHopper's
 * RandomizedRoutingTest: for every weighting of {@link Weightings#everyObjectiveAndABlend}, random
 * sources, each searched to all nodes by plain Dijkstra ({@link ReferenceDijkstra}), and random
 * targets of each; one source in four with one link in twenty closed at random. For each pair the
 * hierarchy's distance equals Dijkstra's (1e-9 relative), both or neither find a path, and the
 * hierarchy's unpacked path is a walk from source to target whose arcs add up to that distance.
 * Every failure names the pair, the weighting and the run's seed; replay it with
 * {@code -Dcorridor.cch.seed=SEED}. Routing's {@code CchRandomizedTest} runs it on generated
 * networks, the osm module's {@code CchOnExtractsTest} on the real extracts.
 *
 * <p>Not thread-safe (one Dijkstra's and one query's working memory).
 */
public final class CchAgreement {

    /** The system property that replays a run: {@code -Dcorridor.cch.seed=SEED}. */
    public static final String SEED_PROPERTY = "corridor.cch.seed";

    private final GraphHierarchy hierarchy;
    private final Mode mode;
    private final double tonnes;
    private final long runSeed;
    private final ReferenceDijkstra dijkstra;

    /**
     * @param mode    the one mode of transport of every weighting (besides transfers)
     * @param tonnes  the load every weighting is for, in tonnes
     * @param runSeed the run's seed, named in every failure (see {@link #seed()})
     */
    public CchAgreement(GraphHierarchy hierarchy, Mode mode, double tonnes, long runSeed) {
        this.hierarchy = hierarchy;
        this.mode = mode;
        this.tonnes = tonnes;
        this.runSeed = runSeed;
        this.dijkstra = new ReferenceDijkstra(hierarchy.graph());
    }

    /** A run's seed: {@code -Dcorridor.cch.seed} when given, else the clock. */
    public static long seed() {
        return Long.getLong(SEED_PROPERTY, System.nanoTime());
    }

    /** How to replay a run with {@code seed}, for messages. */
    public static String replay(long seed) {
        return "replay with -D" + SEED_PROPERTY + "=" + seed;
    }

    /**
     * What a comparison covered: pairs compared (each under one weighting) and how many of them had a
     * path; the rest had none, by Dijkstra and by the hierarchy alike.
     */
    public record Tally(int pairs, int found) {

        public int unreachable() {
            return pairs - found;
        }
    }

    /**
     * Compares {@code sources × targetsPerSource} random pairs under each weighting.
     *
     * @param offset added to the run's seed for this comparison's random draws (several comparisons
     *               of one run draw differently)
     * @param what   names the graph in failures
     * @throws AssertionError naming the pair, weighting and seed at the first disagreement
     */
    public Tally compare(long offset, int sources, int targetsPerSource, String what) {
        RoutingGraph g = hierarchy.graph();
        Random random = new Random(runSeed + offset);
        int pairs = 0;
        int found = 0;
        for (Weights w : Weightings.everyObjectiveAndABlend()) {
            for (boolean closures : new boolean[] {false, true}) {
                BitSet closed = closures ? randomClosures(g, random) : null;
                double[] weights = new ArcWeighting(g, w, tonnes, mode, closed, null).arcWeights();
                CchQuery query = new CchQuery(hierarchy.customize(weights));
                int count = closures ? sources / 4 : sources - sources / 4;
                for (int i = 0; i < count; i++) {
                    int s = random.nextInt(g.placeCount());
                    double[] dist = dijkstra.distancesFrom(s, weights);
                    for (int j = 0; j < targetsPerSource; j++) {
                        int t = random.nextInt(g.placeCount());
                        String where = what + ", " + w + ", closures " + closures + ", from node " + s + " to " + t;
                        pairs++;
                        if (agree(query, s, t, weights, dist[t], where)) {
                            found++;
                        }
                    }
                }
            }
        }
        return new Tally(pairs, found);
    }

    private static BitSet randomClosures(RoutingGraph g, Random random) {
        BitSet closed = new BitSet();
        for (int i = 0; i < g.linkCount() / 20; i++) {
            closed.set(random.nextInt(g.linkCount()));
        }
        return closed;
    }

    /** Checks one pair; whether it has a path. */
    private boolean agree(CchQuery query, int s, int t, double[] weights, double expected, String where) {
        double actual = query.distance(s, t);
        int[] arcs = query.pathArcs();
        if (expected == Double.POSITIVE_INFINITY) {
            if (actual != Double.POSITIVE_INFINITY || arcs != null) {
                fail(where, "Dijkstra finds no path, the hierarchy one of " + actual);
            }
            return false;
        }
        if (!close(actual, expected)) {
            fail(where, "Dijkstra's distance is " + expected + ", the hierarchy's " + actual);
        }
        if (arcs == null) {
            fail(where, "the hierarchy gives a distance but no path");
        }
        int at = s;
        double sum = 0;
        for (int arc : arcs) {
            if (hierarchy.arcTail(arc) != at) {
                fail(where, "the path is not connected at arc " + arc);
            }
            at = hierarchy.graph().topology().head(arc);
            sum += weights[arc];
        }
        if (at != t) {
            fail(where, "the path ends at node " + at);
        }
        if (!close(sum, expected)) {
            fail(where, "the path's arcs add up to " + sum + ", not " + expected);
        }
        return true;
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }

    private void fail(String where, String what) {
        throw new AssertionError(where + ": " + what + " (" + replay(runSeed) + ")");
    }
}
