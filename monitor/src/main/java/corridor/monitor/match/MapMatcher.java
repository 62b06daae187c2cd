package corridor.monitor.match;

import corridor.model.geo.GreatCircle;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.track.TrackPoint;

import java.util.List;

/**
 * Matches a vehicle's track points to links with a hidden Markov model solved by Viterbi
 * (Newson and Krumm, "Hidden Markov map matching through noise and sparseness", 2009).
 *
 * <p>States are candidate positions: for each link within {@code candidateRadiusKm}, the nearest
 * point on it. The emission log-probability is Gaussian in the distance from the ping to the
 * candidate ({@code gpsSigmaKm}); the transition log-probability is exponential in the difference
 * between the network distance and the straight-line distance of two consecutive points
 * ({@code transitionBetaKm}), so the matcher prefers the link the vehicle could actually have
 * driven along, which separates parallel roads. A transition faster than the top truck speed is
 * impossible. A point with no candidate (an outlier, a stop off the road) is left unmatched and
 * the chain goes on past it; where no transition is possible the chain breaks: the matched part
 * is decided and a new chain starts.
 *
 * <p>Not thread-safe (it keeps scratch buffers): one matcher per engine.
 */
public final class MapMatcher {

    private final RoadNetwork network;
    private final double radiusKm;
    private final double inverseTwoSigma2;
    private final double inverseBeta;
    private final double maxSpeedKmh;
    private final corridor.model.geo.SegmentCandidates scratch = new corridor.model.geo.SegmentCandidates();
    private final int[] ends = new int[2];

    /**
     * @param network  the links to match to (shareable)
     * @param settings the candidate radius, GPS sigma, transition beta and top truck speed
     */
    public MapMatcher(RoadNetwork network, MonitorSettings settings) {
        this.network = network;
        this.radiusKm = settings.candidateRadiusKm();
        this.inverseTwoSigma2 = 1 / (2 * settings.gpsSigmaKm() * settings.gpsSigmaKm());
        this.inverseBeta = 1 / settings.transitionBetaKm();
        this.maxSpeedKmh = settings.maxVehicleSpeedKmh();
    }

    /** The match of a whole track: for each point its link (or -1) and offset, and where chains break. */
    public static final class Match {
        private final int[] link;
        private final double[] offsetKm;
        private final boolean[] breakBefore;

        Match(int n) {
            link = new int[n];
            offsetKm = new double[n];
            breakBefore = new boolean[n];
        }

        /** The index of the link point {@code i} matched ({@link RoadNetwork#link(int)}), or -1 when unmatched. */
        public int link(int i) {
            return link[i];
        }

        /** How far along its link point {@code i} matched, km from the link's start. */
        public double offsetKm(int i) {
            return offsetKm[i];
        }

        /** Whether matched point {@code i} does not continue the chain of the previous matched point. */
        public boolean breakBefore(int i) {
            return breakBefore[i];
        }
    }

    /** Matches a trip's track points, in time order. */
    public Match match(List<TrackPoint> points) {
        int n = points.size();
        Match result = new Match(n);
        int[][] candLink = new int[n][];
        double[][] candOffset = new double[n][];
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        // the previous point with candidates in the same chain; points without any are skipped
        int[] previous = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            TrackPoint p = points.get(i);
            network.candidates(p.lat(), p.lon(), radiusKm, scratch);
            int c = scratch.size();
            previous[i] = -1;
            if (c == 0) {
                result.link[i] = -1;
                continue;
            }
            candLink[i] = new int[c];
            candOffset[i] = new double[c];
            for (int k = 0; k < c; k++) {
                candLink[i][k] = scratch.segment(k);
                candOffset[i][k] = scratch.offsetKm(k);
            }
            score[i] = new double[c];
            back[i] = new int[c];
            for (int k = 0; k < c; k++) {
                double d = scratch.distanceKm(k);
                score[i][k] = -d * d * inverseTwoSigma2;
                back[i][k] = -1;
            }
            boolean continues = last >= 0 && transition(points.get(last), p, candLink[last], candOffset[last],
                    score[last], candLink[i], candOffset[i], score[i], back[i]);
            if (continues) {
                previous[i] = last;
            } else {
                if (last >= 0) {
                    decide(last, candLink, candOffset, score, back, previous, result);
                    result.breakBefore[i] = true;
                }
                for (int k = 0; k < c; k++) {
                    double d = scratch.distanceKm(k);
                    score[i][k] = -d * d * inverseTwoSigma2;
                    back[i][k] = -1;
                }
            }
            last = i;
        }
        if (last >= 0) {
            decide(last, candLink, candOffset, score, back, previous, result);
        }
        return result;
    }

    /** Viterbi step into point b; false when no candidate of b can be reached. */
    private boolean transition(TrackPoint a, TrackPoint b, int[] linkA, double[] offA, double[] scoreA,
                               int[] linkB, double[] offB, double[] scoreB, int[] backB) {
        double straightKm = GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
        double hours = Math.max(1, b.startEpochSecond() - a.endEpochSecond()) / 3600.0;
        double reachKm = maxSpeedKmh * hours + 2 * radiusKm;
        boolean any = false;
        for (int k = 0; k < linkB.length; k++) {
            double best = Double.NEGATIVE_INFINITY;
            int bestFrom = -1;
            for (int j = 0; j < linkA.length; j++) {
                if (scoreA[j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double routeKm = network.routeKm(linkA[j], offA[j], linkB[k], offB[k], ends);
                if (routeKm > reachKm) {
                    continue;
                }
                double s = scoreA[j] - Math.abs(routeKm - straightKm) * inverseBeta;
                if (s > best) {
                    best = s;
                    bestFrom = j;
                }
            }
            if (bestFrom >= 0) {
                scoreB[k] += best;
                backB[k] = bestFrom;
                any = true;
            } else {
                scoreB[k] = Double.NEGATIVE_INFINITY;
            }
        }
        return any;
    }

    /** Backtracks the chain ending at {@code to} from its best final state and writes the decisions. */
    private static void decide(int to, int[][] candLink, double[][] candOffset, double[][] score, int[][] back,
                               int[] previous, Match result) {
        int state = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < score[to].length; k++) {
            if (score[to][k] > best) {
                best = score[to][k];
                state = k;
            }
        }
        for (int i = to; i >= 0 && state >= 0; i = previous[i]) {
            result.link[i] = candLink[i][state];
            result.offsetKm[i] = candOffset[i][state];
            state = back[i][state];
        }
    }
}
