package corridor.monitor.trace;

import corridor.model.geo.GreatCircle;
import corridor.model.geo.SegmentIndex;
import corridor.model.network.RoadLayer;
import corridor.model.vehicle.RoadSegmentAccess;
import corridor.model.vehicle.Vehicle;
import corridor.monitor.match.MatchNetwork;
import corridor.monitor.match.RoadMatcher;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches GPS traces to a dataset's street-level roads with {@link RoadMatcher} (the HMM of
 * Newson and Krumm over the OSM segments, one-way streets respected) and describes the result as a
 * person reads it: the path along the roads per unbroken chain, each point's snapped position and its
 * distance from the input, the OSM ways driven in order, length and, with times, speeds; breaks in
 * the chain and points with no road within reach (and whether they lie outside the extract) are
 * reported, not hidden.
 *
 * <p>Thread-safe: the network is shared, each thread gets its own {@link RoadMatcher}.
 */
public final class TraceMatcher {

    private final SegmentIndex index;
    private final RoadLayer roads;
    private final RoadMatcher.Settings settings;
    private final ThreadLocal<RoadMatcher> matchers;
    /** The roads' bounding box: south, west, north, east, degrees. */
    private final double[] bounds;
    /** Per vehicle asked for, the segments it may not use (a dataset has a handful of vehicles). */
    private final Map<Vehicle, BitSet> keptOff = new ConcurrentHashMap<>();

    /**
     * @param roads    the roads to match on; not empty
     * @param settings the matcher's thresholds ({@link RoadMatcher.Settings#defaults()})
     * @throws IllegalArgumentException when {@code roads} is empty
     */
    public TraceMatcher(RoadLayer roads, RoadMatcher.Settings settings) {
        if (roads.isEmpty()) {
            throw new IllegalArgumentException("no street-level roads to match on");
        }
        MatchNetwork network = MatchNetwork.of(roads);
        this.index = network.index();
        this.roads = roads;
        this.settings = settings;
        this.matchers = ThreadLocal.withInitial(() -> new RoadMatcher(network, settings));
        this.bounds = bounds(roads);
    }

    /** The roads' bounding box {south, west, north, east}, degrees. */
    public double[] bounds() {
        return bounds.clone();
    }

    /** How far a road may be from a point for the point to be matched, km. */
    public double reachKm() {
        return settings.candidateRadiusKm();
    }

    /** Matches {@code trace} on every road; never null, even when no point is near a road. */
    public TraceMatch match(Trace trace) {
        return match(trace, null);
    }

    /**
     * Matches {@code trace} on the roads {@code vehicle} may use ({@link RoadSegmentAccess}: its weight,
     * height and length against {@code maxweight}, {@code maxheight} and {@code maxlength}, {@code hgv=no} for a heavy transport vehicle);
     * never null.
     *
     * @param vehicle the vehicle that drove the trace, or {@code null} to match on every road
     */
    public TraceMatch match(Trace trace, Vehicle vehicle) {
        double[] lat = trace.lat();
        double[] lon = trace.lon();
        long[] time = trace.epochSecond();
        RoadMatcher matcher = matchers.get();
        BitSet off = vehicle == null ? new BitSet() : keptOff.computeIfAbsent(vehicle, this::keptOff);
        RoadMatcher.Match match = matcher.match(lat, lon, off);
        int n = lat.length;
        int[] segment = match.segment();
        List<TraceMatch.PointMatch> points = new ArrayList<>(n);
        List<TraceMatch.Chain> chains = new ArrayList<>();
        List<TraceMatch.Break> breaks = new ArrayList<>();
        List<TraceMatch.OffRoad> offRoad = new ArrayList<>();
        int chain = -1;
        int chainStart = -1;
        int previous = -1;
        int offStart = -1;
        for (int i = 0; i < n; i++) {
            Long t = time == null ? null : time[i];
            if (segment[i] < 0) {
                offStart = offStart < 0 ? i : offStart;
                points.add(new TraceMatch.PointMatch(i, lat[i], lon[i], t, -1, Double.NaN, Double.NaN, Double.NaN, 0,
                        0, null));
                continue;
            }
            if (offStart >= 0) {
                offRoad.add(offRoad(offStart, i - 1, lat, lon));
                offStart = -1;
            }
            boolean starts = previous < 0 || match.breakBefore()[i];
            if (starts) {
                if (previous >= 0) {
                    chains.add(chain(match, chainStart, previous, time));
                    breaks.add(new TraceMatch.Break(previous, i,
                            GreatCircle.distanceKm(lat[previous], lon[previous], lat[i], lon[i])));
                }
                chain++;
                chainStart = i;
            }
            double[] at = matcher.position(segment[i], match.offsetKm()[i]);
            double km = starts ? 0 : match.kmFromPrevious()[i];
            Double speed = null;
            if (!starts && time != null && time[i] > time[previous]) {
                speed = km / ((time[i] - time[previous]) / 3600.0);
            }
            points.add(new TraceMatch.PointMatch(i, lat[i], lon[i], t, chain, at[0], at[1],
                    GreatCircle.distanceKm(lat[i], lon[i], at[0], at[1]) * 1000, roads.wayId(segment[i]), km, speed));
            previous = i;
        }
        if (offStart >= 0) {
            offRoad.add(offRoad(offStart, n - 1, lat, lon));
        }
        if (previous >= 0) {
            chains.add(chain(match, chainStart, previous, time));
        }
        double lengthKm = chains.stream().mapToDouble(TraceMatch.Chain::lengthKm).sum();
        return new TraceMatch(points, chains, waysDriven(match.pieces()), breaks, offRoad, lengthKm, time != null,
                vehicle == null ? null : new TraceMatch.VehicleKept(vehicle.id(), off.cardinality()));
    }

    /** The segments {@code vehicle} may not use. */
    private BitSet keptOff(Vehicle vehicle) {
        BitSet off = new BitSet(roads.segmentCount());
        for (int s = 0; s < roads.segmentCount(); s++) {
            if (RoadSegmentAccess.of(roads, s, vehicle) != null) {
                off.set(s);
            }
        }
        return off;
    }

    private TraceMatch.OffRoad offRoad(int first, int last, double[] lat, double[] lon) {
        boolean outside = lat[first] < bounds[0] || lon[first] < bounds[1] || lat[first] > bounds[2]
                || lon[first] > bounds[3];
        return new TraceMatch.OffRoad(first, last, lat[first], lon[first], outside);
    }

    /** The chain from point {@code first} to {@code last}: its pieces laid end to end. */
    private TraceMatch.Chain chain(RoadMatcher.Match match, int first, int last, long[] time) {
        List<double[]> path = new ArrayList<>();
        double km = 0;
        List<double[]> pieces = match.pieces();
        for (int p = match.piecesUntil()[first]; p < match.piecesUntil()[last]; p++) {
            double[] piece = pieces.get(p);
            km += Math.abs(piece[2] - piece[1]);
            for (double[] point : index.between((int) piece[0], piece[1], piece[2])) {
                if (path.isEmpty() || !samePoint(path.get(path.size() - 1), point)) {
                    path.add(point);
                }
            }
        }
        if (path.isEmpty()) {
            path.add(index.pointAt(match.segment()[first], match.offsetKm()[first]));
        }
        double seconds = time == null ? 0 : time[last] - time[first];
        return new TraceMatch.Chain(first, last, path, km, seconds);
    }

    private static boolean samePoint(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
    }

    /** The ways driven, consecutive pieces of one way merged; pieces of no length left out. */
    private List<TraceMatch.WayDriven> waysDriven(List<double[]> pieces) {
        List<TraceMatch.WayDriven> ways = new ArrayList<>();
        for (double[] piece : pieces) {
            int s = (int) piece[0];
            double km = Math.abs(piece[2] - piece[1]);
            if (km <= 0) {
                continue;
            }
            TraceMatch.WayDriven last = ways.isEmpty() ? null : ways.get(ways.size() - 1);
            if (last != null && last.wayId() == roads.wayId(s)) {
                ways.set(ways.size() - 1, new TraceMatch.WayDriven(last.wayId(), last.name(), last.ref(),
                        last.highwayClass(), last.km() + km));
            } else {
                ways.add(new TraceMatch.WayDriven(roads.wayId(s), roads.name(s), roads.ref(s),
                        RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s)), km));
            }
        }
        return ways;
    }

    private static double[] bounds(RoadLayer roads) {
        double[] b = {90, 180, -90, -180};
        for (int s = 0; s < roads.segmentCount(); s++) {
            for (int k = 0; k < roads.pointCount(s); k++) {
                b[0] = Math.min(b[0], roads.pointLat(s, k));
                b[1] = Math.min(b[1], roads.pointLon(s, k));
                b[2] = Math.max(b[2], roads.pointLat(s, k));
                b[3] = Math.max(b[3], roads.pointLon(s, k));
            }
        }
        return b;
    }
}
