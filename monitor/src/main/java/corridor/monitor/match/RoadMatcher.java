package corridor.monitor.match;

import corridor.model.geo.GreatCircle;
import corridor.model.graph.MinHeap;
import corridor.model.network.RoadArcs;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Map matching on street-level roads (a dataset's OSM {@link RoadLayer}): the same hidden Markov
 * model as {@link MapMatcher} (Newson and Krumm 2009; Gaussian emission in the distance to the
 * candidate, exponential transition in |network distance − straight distance|, Viterbi), with
 * what a road network of millions of segments needs:
 * <ul>
 * <li>candidates from a {@link RoadSegmentIndex} (grid over segment pieces), at most
 *     {@link Settings#maxCandidates()} per point;</li>
 * <li>a state per candidate and direction of travel (one direction on one-way segments), so the
 *     match respects one-way streets;</li>
 * <li>network distances from a Dijkstra search per state over the directed junction graph, bounded
 *     by the distance a transition can plausibly take ({@code 2 × straight + 2 × radius}), instead
 *     of all-pairs distances.</li>
 * </ul>
 *
 * <p>Not thread-safe (it holds the search's working memory): one matcher per thread over a shared
 * index.
 */
public final class RoadMatcher {

    /**
     * Matching thresholds for street-level roads.
     *
     * @param candidateRadiusKm how far a road may be from a ping to be a candidate, km
     * @param gpsSigmaKm        standard deviation of GPS error, km
     * @param transitionBetaKm  scale of the transition penalty, km
     * @param maxCandidates     candidates kept per ping (the nearest)
     */
    public record Settings(double candidateRadiusKm, double gpsSigmaKm, double transitionBetaKm, int maxCandidates) {
        /** 100 m radius, 20 m GPS sigma, 100 m beta, 8 candidates. */
        public static Settings defaults() {
            return new Settings(0.1, 0.02, 0.1, 8);
        }
    }

    /**
     * A matched track.
     *
     * @param segment     per point, the segment it is matched to, or -1 when unmatched
     * @param offsetKm    per point, the position along its segment from the segment's start
     * @param breakBefore per point, true when its match does not continue the previous matched point's
     * @param pieces      the driven path in order: {segment, from km, to km} along the segment
     *                    (to < from when driven against the drawing direction)
     * @param kmFromPrevious per point, the km driven since the previous matched point of its chain
     *                    (0 for the first point of a chain and for unmatched points)
     * @param piecesUntil per point, how many of {@code pieces} lead up to it: the pieces driven from the
     *                    previous matched point of its chain are {@code pieces[piecesUntil[previous],
     *                    piecesUntil[i])}; an unmatched point repeats the value before it
     */
    public record Match(int[] segment, double[] offsetKm, boolean[] breakBefore, List<double[]> pieces,
                        double[] kmFromPrevious, int[] piecesUntil) {

        /** Length of the driven path, km. */
        public double lengthKm() {
            return pieces.stream().mapToDouble(p -> Math.abs(p[2] - p[1])).sum();
        }

        /** Whether every point is matched and the chain never breaks. */
        public boolean continuous() {
            for (int i = 0; i < segment.length; i++) {
                if (segment[i] < 0 || breakBefore[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final RoadSegmentIndex index;
    private final RoadLayer roads;
    private final Settings settings;
    private final Candidates scratch = new Candidates();
    // directed junction graph
    private final RoadArcs arcs;
    // Dijkstra working memory, reset by stamp
    private final double[] dist;
    private final int[] predArc;
    private final int[] seen;
    private int stamp;
    /** The segments the current match keeps off. */
    private java.util.BitSet keptOff = new java.util.BitSet();
    private final MinHeap heap = new MinHeap();

    public RoadMatcher(RoadSegmentIndex index, Settings settings) {
        this.index = index;
        this.roads = index.roads();
        this.settings = settings;
        int n = roads.junctionCount();
        arcs = RoadArcs.of(roads);
        dist = new double[n];
        predArc = new int[n];
        seen = new int[n];
    }

    /** Matches a track given as coordinates (degrees), in driving order. */
    public Match match(double[] lat, double[] lon) {
        return match(lat, lon, new java.util.BitSet());
    }

    /**
     * Matches a track given as coordinates (degrees), in driving order, keeping off the segments in
     * {@code keptOff} (those the vehicle may not use): they are neither candidates nor driven between points.
     */
    public Match match(double[] lat, double[] lon, java.util.BitSet keptOff) {
        this.keptOff = keptOff;
        int n = lat.length;
        int[][] stSeg = new int[n][];
        double[][] stOff = new double[n][];
        boolean[][] stFwd = new boolean[n][];
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        double[][] emission = new double[n][];
        int[] previous = new int[n];
        int[] segment = new int[n];
        double[] offset = new double[n];
        boolean[] breakBefore = new boolean[n];
        Arrays.fill(segment, -1);
        List<int[]> chains = new ArrayList<>();
        double inverseTwoSigma2 = 1 / (2 * settings.gpsSigmaKm() * settings.gpsSigmaKm());
        double inverseBeta = 1 / settings.transitionBetaKm();
        int last = -1;
        int chainStart = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            index.candidates(lat[i], lon[i], settings.candidateRadiusKm(), settings.maxCandidates(), keptOff, scratch);
            if (scratch.size == 0) {
                continue;
            }
            int states = 0;
            for (int k = 0; k < scratch.size; k++) {
                states += roads.isOneWay(scratch.link[k]) ? 1 : 2;
            }
            stSeg[i] = new int[states];
            stOff[i] = new double[states];
            stFwd[i] = new boolean[states];
            emission[i] = new double[states];
            int s = 0;
            for (int k = 0; k < scratch.size; k++) {
                double e = -scratch.distanceKm[k] * scratch.distanceKm[k] * inverseTwoSigma2;
                for (int dir = 0; dir < (roads.isOneWay(scratch.link[k]) ? 1 : 2); dir++) {
                    stSeg[i][s] = scratch.link[k];
                    stOff[i][s] = scratch.offsetKm[k];
                    stFwd[i][s] = dir == 0;
                    emission[i][s] = e;
                    s++;
                }
            }
            score[i] = emission[i].clone();
            back[i] = new int[states];
            Arrays.fill(back[i], -1);
            boolean continues = last >= 0 && transition(lat, lon, last, i, stSeg, stOff, stFwd, score, back,
                    inverseBeta);
            if (continues) {
                previous[i] = last;
            } else {
                if (last >= 0) {
                    chains.add(new int[] {chainStart, last});
                    breakBefore[i] = true;
                }
                score[i] = emission[i].clone();
                Arrays.fill(back[i], -1);
                chainStart = i;
            }
            last = i;
        }
        if (last >= 0) {
            chains.add(new int[] {chainStart, last});
        }
        List<double[]> pieces = new ArrayList<>();
        double[] kmFromPrevious = new double[n];
        int[] chosen = new int[n];
        int[] piecesUntil = new int[n];
        for (int[] chain : chains) {
            int to = chain[1];
            int state = 0;
            for (int k = 1; k < score[to].length; k++) {
                if (score[to][k] > score[to][state]) {
                    state = k;
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = to; i >= 0 && state >= 0; i = previous[i]) {
                chosen[i] = state;
                segment[i] = stSeg[i][state];
                offset[i] = stOff[i][state];
                order.add(i);
                state = back[i][state];
            }
            java.util.Collections.reverse(order);
            piecesUntil[order.get(0)] = pieces.size();
            for (int k = 1; k < order.size(); k++) {
                int a = order.get(k - 1);
                int b = order.get(k);
                int before = pieces.size();
                path(stSeg[a][chosen[a]], stOff[a][chosen[a]], stFwd[a][chosen[a]], stSeg[b][chosen[b]],
                        stOff[b][chosen[b]], stFwd[b][chosen[b]], pieces);
                for (int p = before; p < pieces.size(); p++) {
                    kmFromPrevious[b] += Math.abs(pieces.get(p)[2] - pieces.get(p)[1]);
                }
                piecesUntil[b] = pieces.size();
            }
        }
        for (int i = 1; i < n; i++) {
            if (segment[i] < 0) {
                piecesUntil[i] = piecesUntil[i - 1];
            }
        }
        return new Match(segment, offset, breakBefore, pieces, kmFromPrevious, piecesUntil);
    }

    /** Viterbi step from point a into point b; false when no state of b can be reached. */
    private boolean transition(double[] lat, double[] lon, int a, int b, int[][] stSeg, double[][] stOff,
                               boolean[][] stFwd, double[][] score, int[][] back, double inverseBeta) {
        double straightKm = GreatCircle.distanceKm(lat[a], lon[a], lat[b], lon[b]);
        double limitKm = 2 * straightKm + 2 * settings.candidateRadiusKm();
        int statesB = stSeg[b].length;
        double[] best = new double[statesB];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int[] bestFrom = new int[statesB];
        for (int j = 0; j < stSeg[a].length; j++) {
            if (score[a][j] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            int segA = stSeg[a][j];
            boolean fwdA = stFwd[a][j];
            double remainingA = fwdA ? index.lengthKm(segA) - stOff[a][j] : stOff[a][j];
            boolean searched = false;
            for (int k = 0; k < statesB; k++) {
                double routeKm = direct(segA, stOff[a][j], fwdA, stSeg[b][k], stOff[b][k], stFwd[b][k]);
                if (Double.isNaN(routeKm)) {
                    if (!searched) {
                        search(fwdA ? roads.to(segA) : roads.from(segA), limitKm - remainingA, -1);
                        searched = true;
                    }
                    int entry = stFwd[b][k] ? roads.from(stSeg[b][k]) : roads.to(stSeg[b][k]);
                    double into = stFwd[b][k] ? stOff[b][k] : index.lengthKm(stSeg[b][k]) - stOff[b][k];
                    routeKm = seen[entry] == stamp ? remainingA + dist[entry] + into : Double.POSITIVE_INFINITY;
                }
                if (routeKm > limitKm) {
                    continue;
                }
                double s = score[a][j] - Math.abs(routeKm - straightKm) * inverseBeta;
                if (s > best[k]) {
                    best[k] = s;
                    bestFrom[k] = j;
                }
            }
        }
        boolean any = false;
        for (int k = 0; k < statesB; k++) {
            if (best[k] > Double.NEGATIVE_INFINITY) {
                score[b][k] += best[k];
                back[b][k] = bestFrom[k];
                any = true;
            } else {
                score[b][k] = Double.NEGATIVE_INFINITY;
            }
        }
        return any;
    }

    /** Distance along one segment when b is ahead of a in the same direction (20 m of GPS jitter back allowed), else NaN. */
    private static double direct(int segA, double offA, boolean fwdA, int segB, double offB, boolean fwdB) {
        if (segA != segB || fwdA != fwdB) {
            return Double.NaN;
        }
        double ahead = fwdA ? offB - offA : offA - offB;
        return ahead >= -0.02 ? Math.max(0, ahead) : Double.NaN;
    }

    /** Dijkstra from {@code source} over the directed junction graph, up to {@code limitKm} or until {@code target} is settled. */
    private void search(int source, double limitKm, int target) {
        stamp++;
        heap.clear();
        dist[source] = 0;
        predArc[source] = -1;
        seen[source] = stamp;
        heap.push(0, source);
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            int u = heap.pop();
            if (u == target) {
                break;
            }
            if (d > dist[u] || d > limitKm) {
                if (d > limitKm) {
                    break;
                }
                continue;
            }
            for (int arc = arcs.first(u), end = arcs.end(u); arc < end; arc++) {
                int v = arcs.head(arc);
                int seg = arcs.segment(arc);
                if (keptOff.get(seg)) {
                    continue;
                }
                double nd = d + index.lengthKm(seg);
                if (seen[v] != stamp || nd < dist[v]) {
                    seen[v] = stamp;
                    dist[v] = nd;
                    predArc[v] = arc;
                    heap.push(nd, v);
                }
            }
        }
    }

    /** Appends the driven pieces from state a to state b. */
    private void path(int segA, double offA, boolean fwdA, int segB, double offB, boolean fwdB, List<double[]> out) {
        if (!Double.isNaN(direct(segA, offA, fwdA, segB, offB, fwdB))) {
            if (Math.abs(offB - offA) > 0) {
                out.add(new double[] {segA, offA, fwdA ? Math.max(offA, offB) : Math.min(offA, offB)});
            }
            return;
        }
        int exit = fwdA ? roads.to(segA) : roads.from(segA);
        int entry = fwdB ? roads.from(segB) : roads.to(segB);
        search(exit, Double.POSITIVE_INFINITY, entry);
        out.add(new double[] {segA, offA, fwdA ? index.lengthKm(segA) : 0});
        List<double[]> middle = new ArrayList<>();
        for (int v = entry; v != exit && seen[v] == stamp && predArc[v] >= 0; ) {
            int arc = predArc[v];
            int seg = arcs.segment(arc);
            boolean forward = !arcs.backwards(arc);
            middle.add(forward ? new double[] {seg, 0, index.lengthKm(seg)} : new double[] {seg, index.lengthKm(seg), 0});
            v = forward ? roads.from(seg) : roads.to(seg);
        }
        java.util.Collections.reverse(middle);
        out.addAll(middle);
        out.add(new double[] {segB, fwdB ? 0 : index.lengthKm(segB), offB});
    }

    /** The matched position of a point, {lat, lon}. */
    public double[] position(int segment, double offsetKm) {
        return index.pointAt(segment, offsetKm);
    }
}
