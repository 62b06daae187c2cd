package corridor.monitor.match;

import corridor.model.geo.GreatCircle;
import corridor.model.geo.SegmentCandidates;
import corridor.model.geo.SegmentIndex;
import corridor.model.graph.BoundedDijkstra;
import corridor.model.graph.CompactGraph;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.track.TrackPoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * The one map matcher: a hidden Markov model solved by Viterbi (Newson and Krumm, "Hidden Markov map matching
 * through noise and sparseness", 2009) over a {@link MatchNetwork}: the corridor's links for monitoring, a
 * dataset's OSM roads for traces and street-level passes.
 *
 * <p>States are candidate positions: for each segment with a point within {@link Settings#candidateRadiusKm()}
 * of a ping, the nearest point on it (at most {@link Settings#maxCandidates()} segments, the nearest), one state
 * per direction of travel on street-level roads. The emission log-probability is Gaussian in the distance from the
 * ping ({@link Settings#gpsSigmaKm()}); the transition log-probability is exponential in the difference between
 * the network distance and the straight-line distance of two consecutive points ({@link Settings#transitionBetaKm()}),
 * so the matcher prefers what the vehicle could have driven, which separates parallel roads. A transition is
 * impossible beyond a bound: with ping times and a top speed, the speed times the time between the pings plus two
 * radii; otherwise twice the straight distance plus two radii. A point with no candidate (an outlier, a stop off
 * the road) is left unmatched and the chain goes on past it; where no transition is possible the chain breaks.
 *
 * <p>Network distances come from the network's table of every pair when it has one (the corridor's links), else
 * from one {@link BoundedDijkstra} search per distinct exit node of the previous point's states and step, to the
 * transition's bound, stopping as soon as every entry node of the next point's states is settled. The working memory (states, searches, per-step tables) is kept between steps and tracks, so
 * a step allocates nothing once warm.
 *
 * <p>Not thread-safe (it holds the working memory): one matcher per thread over a shared network.
 */
public final class RoadMatcher {

    /**
     * Matching thresholds.
     *
     * @param candidateRadiusKm how far a segment may be from a ping to be a candidate, km
     * @param gpsSigmaKm        standard deviation of GPS error, km
     * @param transitionBetaKm  scale of the transition penalty, km
     * @param maxCandidates     candidates kept per ping (the nearest)
     * @param maxSpeedKmh       with ping times, the fastest a vehicle drives between two pings, km/h (0: the
     *                          bound is by distance)
     */
    public record Settings(double candidateRadiusKm, double gpsSigmaKm, double transitionBetaKm, int maxCandidates,
                           double maxSpeedKmh) {

        /** Thresholds bounding transitions by distance (twice the straight distance plus two radii). */
        public Settings(double candidateRadiusKm, double gpsSigmaKm, double transitionBetaKm, int maxCandidates) {
            this(candidateRadiusKm, gpsSigmaKm, transitionBetaKm, maxCandidates, 0);
        }

        /**
         * The corridor's links: the monitor's radius, sigma and beta, every link within the radius a candidate,
         * transitions bound by the top vehicle speed between the pings.
         */
        public static Settings corridor(MonitorSettings settings) {
            return new Settings(settings.candidateRadiusKm(), settings.gpsSigmaKm(), settings.transitionBetaKm(),
                    Integer.MAX_VALUE, settings.maxVehicleSpeedKmh());
        }

        /** Street-level roads: 100 m radius, 20 m GPS sigma, 100 m beta, 8 candidates, bound by distance. */
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
     *                    (to < from when driven against the drawing direction); empty when not asked for
     * @param kmFromPrevious per point, the km driven along segments since the previous matched point of its chain
     *                    (0 for the first point of a chain, for unmatched points and without the path)
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

    /** A state's direction of travel: along its segment's drawing, against it, or either (one state, both ends). */
    private static final byte FORWARD = 0;
    private static final byte BACKWARD = 1;
    private static final byte EITHER = 2;

    private final MatchNetwork network;
    private final SegmentIndex index;
    private final CompactGraph graph;
    private final Settings settings;
    private final double inverseTwoSigma2;
    private final double inverseBeta;
    private final SegmentCandidates scratch = new SegmentCandidates();
    private final BoundedDijkstra search;
    /** The segments the current match keeps off; null for none. */
    private BitSet keptOff;

    // the current track's states, flat: those of point i are stateStart[i] .. stateStart[i + 1] - 1
    private int[] stateStart = new int[64];
    private int[] stateSegment = new int[256];
    private double[] stateOffsetKm = new double[256];
    private byte[] stateDirection = new byte[256];
    private double[] stateEmission = new double[256];
    private double[] stateScore = new double[256];
    private int[] stateBack = new int[256];

    // one step's tables: the next point's entry nodes (targets), the previous point's exit nodes and
    // their distances to each target (exit-major)
    private final int[] targetSlot;
    private final int[] exitSlot;
    private int[] targets = new int[32];
    private int targetCount;
    private int[] exits = new int[32];
    private double[] exitBoundKm = new double[32];
    private int exitCount;
    private double[] exitToTargetKm = new double[1024];
    private double[] best = new double[32];
    private int[] bestFrom = new int[32];
    private final int[] oneTarget = new int[1];

    /**
     * @param network  the segments to match on (shareable)
     * @param settings the thresholds
     */
    public RoadMatcher(MatchNetwork network, Settings settings) {
        this.network = network;
        this.index = network.index();
        this.graph = network.graph();
        this.settings = settings;
        this.inverseTwoSigma2 = 1 / (2 * settings.gpsSigmaKm() * settings.gpsSigmaKm());
        this.inverseBeta = 1 / settings.transitionBetaKm();
        this.search = new BoundedDijkstra(graph);
        targetSlot = new int[graph.nodeCount()];
        exitSlot = new int[graph.nodeCount()];
        Arrays.fill(targetSlot, -1);
        Arrays.fill(exitSlot, -1);
    }

    /** The network matched on. */
    public MatchNetwork network() {
        return network;
    }

    /** Matches a track given as coordinates (degrees), in driving order, with its path. */
    public Match match(double[] lat, double[] lon) {
        return match(lat, lon, null);
    }

    /**
     * Matches a track given as coordinates (degrees), in driving order, with its path, keeping off the segments
     * in {@code keptOff} (those the vehicle may not use; null for none): they are neither candidates nor driven
     * between points.
     */
    public Match match(double[] lat, double[] lon, BitSet keptOff) {
        return match(lat, lon, null, null, keptOff, true);
    }

    /**
     * Matches a trip's track points, in time order, without the path: transitions bound by the top speed
     * ({@link Settings#maxSpeedKmh()}) over the time from leaving one point to reaching the next.
     */
    public Match matchTrack(List<TrackPoint> points) {
        int n = points.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            TrackPoint p = points.get(i);
            lat[i] = p.lat();
            lon[i] = p.lon();
            start[i] = p.startEpochSecond();
            end[i] = p.endEpochSecond();
        }
        return match(lat, lon, start, end, null, false);
    }

    /**
     * Matches a track in driving order.
     *
     * @param lat              per point, degrees north
     * @param lon              per point, degrees east
     * @param startEpochSecond per point, when the vehicle reached it (with {@link Settings#maxSpeedKmh()}, the
     *                         transitions' bound is by time); null to bound by distance
     * @param endEpochSecond   per point, when the vehicle left it (a stop lasts from start to end); null with
     *                         {@code startEpochSecond}
     * @param keptOff          segments neither candidates nor driven; null for none
     * @param withPath         whether to give the driven path ({@link Match#pieces()}); without it, the match
     *                         costs no search beyond the transitions'
     */
    public Match match(double[] lat, double[] lon, long[] startEpochSecond, long[] endEpochSecond, BitSet keptOff,
                       boolean withPath) {
        this.keptOff = keptOff;
        boolean byTime = startEpochSecond != null && settings.maxSpeedKmh() > 0;
        int n = lat.length;
        if (stateStart.length < n + 1) {
            stateStart = new int[Math.max(n + 1, 2 * stateStart.length)];
        }
        int[] previous = new int[n];
        int[] segment = new int[n];
        double[] offset = new double[n];
        boolean[] breakBefore = new boolean[n];
        Arrays.fill(segment, -1);
        List<int[]> chains = new ArrayList<>();
        int last = -1;
        int chainStart = -1;
        int states = 0;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            stateStart[i] = states;
            index.candidates(lat[i], lon[i], settings.candidateRadiusKm(), settings.maxCandidates(), keptOff, scratch);
            states = addStates(states);
            stateStart[i + 1] = states;
            if (states == stateStart[i]) {
                continue;
            }
            boolean continues = false;
            if (last >= 0) {
                double straightKm = GreatCircle.distanceKm(lat[last], lon[last], lat[i], lon[i]);
                double limitKm = byTime
                        ? settings.maxSpeedKmh() * (Math.max(1, startEpochSecond[i] - endEpochSecond[last]) / 3600.0)
                        + 2 * settings.candidateRadiusKm()
                        : 2 * straightKm + 2 * settings.candidateRadiusKm();
                continues = transition(last, i, straightKm, limitKm);
            }
            if (continues) {
                previous[i] = last;
            } else {
                if (last >= 0) {
                    chains.add(new int[] {chainStart, last});
                    breakBefore[i] = true;
                }
                for (int s = stateStart[i]; s < states; s++) {
                    stateScore[s] = stateEmission[s];
                    stateBack[s] = -1;
                }
                chainStart = i;
            }
            last = i;
        }
        if (last >= 0) {
            chains.add(new int[] {chainStart, last});
        }
        return decide(n, chains, previous, segment, offset, breakBefore, withPath);
    }

    /** Appends the states of the candidates in {@link #scratch} from {@code states}; the new count. */
    private int addStates(int states) {
        boolean perDirection = network.statePerDirection();
        for (int k = 0; k < scratch.size(); k++) {
            int seg = scratch.segment(k);
            double emission = -scratch.distanceKm(k) * scratch.distanceKm(k) * inverseTwoSigma2;
            int directions = !perDirection || network.isOneWay(seg) ? 1 : 2;
            for (int dir = 0; dir < directions; dir++) {
                if (states == stateSegment.length) {
                    growStates();
                }
                stateSegment[states] = seg;
                stateOffsetKm[states] = scratch.offsetKm(k);
                stateDirection[states] = perDirection ? (byte) dir : EITHER;
                stateEmission[states] = emission;
                stateScore[states] = emission;
                stateBack[states] = -1;
                states++;
            }
        }
        return states;
    }

    private void growStates() {
        int capacity = 2 * stateSegment.length;
        stateSegment = Arrays.copyOf(stateSegment, capacity);
        stateOffsetKm = Arrays.copyOf(stateOffsetKm, capacity);
        stateDirection = Arrays.copyOf(stateDirection, capacity);
        stateEmission = Arrays.copyOf(stateEmission, capacity);
        stateScore = Arrays.copyOf(stateScore, capacity);
        stateBack = Arrays.copyOf(stateBack, capacity);
    }

    /** Viterbi step from point a into point b; false when no state of b can be reached. */
    private boolean transition(int a, int b, double straightKm, double limitKm) {
        int fromA = stateStart[a];
        int endA = stateStart[a + 1];
        int fromB = stateStart[b];
        int endB = stateStart[b + 1];
        collectTargets(fromB, endB);
        collectExits(fromA, endA, limitKm);
        searchExits();
        int statesB = endB - fromB;
        if (best.length < statesB) {
            best = new double[2 * statesB];
            bestFrom = new int[2 * statesB];
        }
        Arrays.fill(best, 0, statesB, Double.NEGATIVE_INFINITY);
        for (int j = fromA; j < endA; j++) {
            if (stateScore[j] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            for (int k = fromB; k < endB; k++) {
                double routeKm = routeKm(j, k);
                if (routeKm > limitKm) {
                    continue;
                }
                double s = stateScore[j] - Math.abs(routeKm - straightKm) * inverseBeta;
                if (s > best[k - fromB]) {
                    best[k - fromB] = s;
                    bestFrom[k - fromB] = j - fromA;
                }
            }
        }
        clearSlots();
        boolean any = false;
        for (int k = fromB; k < endB; k++) {
            if (best[k - fromB] > Double.NEGATIVE_INFINITY) {
                stateScore[k] += best[k - fromB];
                stateBack[k] = bestFrom[k - fromB];
                any = true;
            } else {
                stateScore[k] = Double.NEGATIVE_INFINITY;
            }
        }
        return any;
    }

    /** The entry nodes of states {@code from .. end - 1}, each once, as the step's targets. */
    private void collectTargets(int from, int end) {
        targetCount = 0;
        for (int k = from; k < end; k++) {
            int seg = stateSegment[k];
            byte dir = stateDirection[k];
            if (dir != BACKWARD) {
                addTarget(network.fromNode(seg));
            }
            if (dir != FORWARD) {
                addTarget(network.toNode(seg));
            }
        }
    }

    private void addTarget(int node) {
        if (targetSlot[node] >= 0) {
            return;
        }
        if (targetCount == targets.length) {
            targets = Arrays.copyOf(targets, 2 * targetCount);
        }
        targetSlot[node] = targetCount;
        targets[targetCount++] = node;
    }

    /** The exit nodes of the live states {@code from .. end - 1}, each once, bounded by the farthest any needs. */
    private void collectExits(int from, int end, double limitKm) {
        exitCount = 0;
        for (int j = from; j < end; j++) {
            if (stateScore[j] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            int seg = stateSegment[j];
            double off = stateOffsetKm[j];
            byte dir = stateDirection[j];
            if (dir != FORWARD) {
                addExit(network.fromNode(seg), limitKm - off);
            }
            if (dir != BACKWARD) {
                addExit(network.toNode(seg), limitKm - (index.lengthKm(seg) - off));
            }
        }
    }

    private void addExit(int node, double boundKm) {
        int slot = exitSlot[node];
        if (slot >= 0) {
            exitBoundKm[slot] = Math.max(exitBoundKm[slot], boundKm);
            return;
        }
        if (exitCount == exits.length) {
            exits = Arrays.copyOf(exits, 2 * exitCount);
            exitBoundKm = Arrays.copyOf(exitBoundKm, 2 * exitCount);
        }
        exitSlot[node] = exitCount;
        exits[exitCount] = node;
        exitBoundKm[exitCount] = boundKm;
        exitCount++;
    }

    /**
     * Per exit node, its distances to the targets into {@link #exitToTargetKm}: looked up in the network's table
     * when it has one (and no segment is kept off), else one bounded search.
     */
    private void searchExits() {
        int cells = exitCount * targetCount;
        if (exitToTargetKm.length < cells) {
            exitToTargetKm = new double[2 * cells];
        }
        for (int e = 0; e < exitCount; e++) {
            int row = e * targetCount;
            if (exitBoundKm[e] < 0) {
                Arrays.fill(exitToTargetKm, row, row + targetCount, Double.POSITIVE_INFINITY);
                continue;
            }
            if (network.hasDistanceTable() && keptOff == null) {
                double[] fromExit = network.distancesFromKm(exits[e]);
                for (int t = 0; t < targetCount; t++) {
                    exitToTargetKm[row + t] = fromExit[targets[t]];
                }
                continue;
            }
            search.search(exits[e], exitBoundKm[e], keptOff, null, targets, targetCount);
            for (int t = 0; t < targetCount; t++) {
                exitToTargetKm[row + t] = search.distanceKm(targets[t]);
            }
        }
    }

    private void clearSlots() {
        for (int t = 0; t < targetCount; t++) {
            targetSlot[targets[t]] = -1;
        }
        for (int e = 0; e < exitCount; e++) {
            exitSlot[exits[e]] = -1;
        }
    }

    /** Network distance from state j to state k, km (infinite beyond the step's searches); slots must be set. */
    private double routeKm(int j, int k) {
        int segA = stateSegment[j];
        int segB = stateSegment[k];
        double offA = stateOffsetKm[j];
        double offB = stateOffsetKm[k];
        byte dirA = stateDirection[j];
        if (dirA == EITHER) {
            if (segA == segB) {
                return Math.abs(offB - offA);
            }
            double lengthA = index.lengthKm(segA);
            double lengthB = index.lengthKm(segB);
            double bestKm = Double.POSITIVE_INFINITY;
            // ends in the order (start, start), (start, end), (end, start), (end, end): the first shortest wins
            for (int ea = 0; ea < 2; ea++) {
                double toEnd = ea == 0 ? offA : lengthA - offA;
                int exit = ea == 0 ? network.fromNode(segA) : network.toNode(segA);
                for (int eb = 0; eb < 2; eb++) {
                    double fromEnd = eb == 0 ? offB : lengthB - offB;
                    int entry = eb == 0 ? network.fromNode(segB) : network.toNode(segB);
                    double total = toEnd + between(exit, entry) + fromEnd;
                    if (total < bestKm) {
                        bestKm = total;
                    }
                }
            }
            return bestKm;
        }
        byte dirB = stateDirection[k];
        double direct = direct(segA, offA, dirA, segB, offB, dirB);
        if (!Double.isNaN(direct)) {
            return direct;
        }
        boolean forwardA = dirA == FORWARD;
        double remainingA = forwardA ? index.lengthKm(segA) - offA : offA;
        int exit = forwardA ? network.toNode(segA) : network.fromNode(segA);
        boolean forwardB = dirB == FORWARD;
        int entry = forwardB ? network.fromNode(segB) : network.toNode(segB);
        double into = forwardB ? offB : index.lengthKm(segB) - offB;
        return remainingA + between(exit, entry) + into;
    }

    private double between(int exit, int entry) {
        return exitToTargetKm[exitSlot[exit] * targetCount + targetSlot[entry]];
    }

    /**
     * Distance along one segment when b is ahead of a in the same direction of travel (20 m of GPS jitter back
     * allowed), else NaN.
     */
    private static double direct(int segA, double offA, byte dirA, int segB, double offB, byte dirB) {
        if (segA != segB || dirA != dirB) {
            return Double.NaN;
        }
        double ahead = dirA == FORWARD ? offB - offA : offA - offB;
        return ahead >= -0.02 ? Math.max(0, ahead) : Double.NaN;
    }

    /** Backtracks each chain from its best final state and gives the match, with the path when asked. */
    private Match decide(int n, List<int[]> chains, int[] previous, int[] segment, double[] offset,
                         boolean[] breakBefore, boolean withPath) {
        List<double[]> pieces = new ArrayList<>();
        double[] kmFromPrevious = new double[n];
        int[] chosen = new int[n];
        int[] piecesUntil = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int[] chain : chains) {
            int to = chain[1];
            int state = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int s = stateStart[to]; s < stateStart[to + 1]; s++) {
                if (state < 0 || stateScore[s] > bestScore) {
                    bestScore = stateScore[s];
                    state = s - stateStart[to];
                }
            }
            order.clear();
            for (int i = to; i >= 0 && state >= 0; i = previous[i]) {
                int s = stateStart[i] + state;
                chosen[i] = s;
                segment[i] = stateSegment[s];
                offset[i] = stateOffsetKm[s];
                order.add(i);
                state = stateBack[s];
            }
            Collections.reverse(order);
            piecesUntil[order.get(0)] = pieces.size();
            for (int k = 1; withPath && k < order.size(); k++) {
                int a = order.get(k - 1);
                int b = order.get(k);
                int before = pieces.size();
                path(chosen[a], chosen[b], pieces);
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

    /** Appends the pieces driven from state a to state b. */
    private void path(int a, int b, List<double[]> out) {
        int segA = stateSegment[a];
        int segB = stateSegment[b];
        double offA = stateOffsetKm[a];
        double offB = stateOffsetKm[b];
        byte dirA = stateDirection[a];
        byte dirB = stateDirection[b];
        if (dirA == EITHER && segA == segB
                || dirA != EITHER && !Double.isNaN(direct(segA, offA, dirA, segB, offB, dirB))) {
            if (Math.abs(offB - offA) > 0) {
                double to = dirA == EITHER ? offB
                        : dirA == FORWARD ? Math.max(offA, offB) : Math.min(offA, offB);
                out.add(new double[] {segA, offA, to});
            }
            return;
        }
        int[] ends = dirA == EITHER ? nearestEnds(segA, offA, segB, offB) : new int[] {dirA == FORWARD ? 1 : 0,
                dirB == FORWARD ? 0 : 1};
        int exit = ends[0] == 0 ? network.fromNode(segA) : network.toNode(segA);
        int entry = ends[1] == 0 ? network.fromNode(segB) : network.toNode(segB);
        oneTarget[0] = entry;
        search.search(exit, Double.POSITIVE_INFINITY, keptOff, null, oneTarget, 1);
        out.add(new double[] {segA, offA, ends[0] == 0 ? 0 : index.lengthKm(segA)});
        int[] arcs = search.pathArcs(entry);
        for (int arc = 0; arcs != null && arc < arcs.length; arc++) {
            int seg = graph.segment(arcs[arc]);
            if (seg != CompactGraph.NO_SEGMENT) {
                double length = index.lengthKm(seg);
                out.add(graph.backwards(arcs[arc]) ? new double[] {seg, length, 0} : new double[] {seg, 0, length});
            }
        }
        out.add(new double[] {segB, ends[1] == 0 ? 0 : index.lengthKm(segB), offB});
    }

    /** The ends {of a, of b} (0 start, 1 end) of the shortest route between two positions on different segments. */
    private int[] nearestEnds(int segA, double offA, int segB, double offB) {
        int[] ends = {0, 0};
        double bestKm = Double.POSITIVE_INFINITY;
        for (int ea = 0; ea < 2; ea++) {
            double toEnd = ea == 0 ? offA : index.lengthKm(segA) - offA;
            search.search(ea == 0 ? network.fromNode(segA) : network.toNode(segA), Double.POSITIVE_INFINITY, keptOff,
                    null, null, 0);
            for (int eb = 0; eb < 2; eb++) {
                double fromEnd = eb == 0 ? offB : index.lengthKm(segB) - offB;
                double total = toEnd + search.distanceKm(eb == 0 ? network.fromNode(segB) : network.toNode(segB))
                        + fromEnd;
                if (total < bestKm) {
                    bestKm = total;
                    ends[0] = ea;
                    ends[1] = eb;
                }
            }
        }
        return ends;
    }

    /** The matched position of a point, {lat, lon}. */
    public double[] position(int segment, double offsetKm) {
        return index.pointAt(segment, offsetKm);
    }
}
