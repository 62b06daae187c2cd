package corridor.osm;

import corridor.model.graph.CompactGraph;
import corridor.model.graph.MinHeap;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.geo.Polyline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import java.util.Set;

/**
 * Traces a road link's sketch along the roads of a {@link TraceNetwork}: each vertex of the sketch
 * is snapped to the nearest road point (on a road carrying the link's road number, when the
 * network has that number and one lies within reach), consecutive snapped points are joined by the
 * shortest road path (A* over the network's {@link CompactGraph} with the one {@link MinHeap}; roads
 * without the link's number cost {@value #OFF_ROAD_FACTOR} times their length, so the path stays on the
 * named road: a cost the core's km-only {@code BoundedDijkstra} does not weigh, and A* rather than a
 * one-to-many search because each leg has one target), and the path, with the link's end places
 * joined to it, is simplified by Douglas-Peucker at {@code toleranceM}.
 *
 * <p>No I/O. Not thread-safe (reuses search arrays); use one tracer per thread.
 */
public final class LinkTracer {

    /** Cost factor of a road that does not carry the link's road number. */
    static final double OFF_ROAD_FACTOR = 1.25;

    /**
     * For a link without a published length: how many times its sketch's length the road path may be
     * before it is refused (a sketch through towns is shorter than the road, but not by half).
     */
    public static final double MAX_SKETCH_FACTOR = 1.5;

    /**
     * How a trace may go.
     *
     * @param maxGapKm      how far a sketch vertex may be from the nearest road, in km
     * @param maxLongerPct  how much longer than the published distance_km the traced path may be, in
     *                      percent; a longer path is refused (a wrong road is worse than a sketch)
     * @param toleranceM    Douglas-Peucker tolerance of the traced line, in metres
     */
    public record Options(double maxGapKm, double maxLongerPct, double toleranceM) {
        public Options {
            if (!(maxGapKm > 0) || Double.isInfinite(maxGapKm)) {
                throw new InputException("--max-gap-km", "", "must be a positive number of km");
            }
            if (!(maxLongerPct >= 0) || Double.isInfinite(maxLongerPct)) {
                throw new InputException("--max-longer-pct", "", "must be a number of percent, 0 or more");
            }
            if (!(toleranceM >= 0) || Double.isInfinite(toleranceM)) {
                throw new InputException("--tolerance-m", "", "must be a number of metres, 0 or more");
            }
        }
    }

    /**
     * The outcome for one link.
     *
     * @param linkId     the link
     * @param sketchKm   length of the link's geometry before, in km
     * @param tracedKm   length of the road path found, in km; {@code null} when skipped before routing
     * @param publishedKm the link's distance_km, or {@code null} when it has none
     * @param geometry   the traced, simplified line from the link's from-place to its to-place; {@code null} when skipped
     * @param skipReason why the link keeps its sketch; {@code null} when traced
     */
    public record Trace(String linkId, double sketchKm, Double tracedKm, Double publishedKm, Polyline geometry,
                       String skipReason) {
        /** Whether the link was traced. */
        public boolean traced() {
            return geometry != null;
        }

        /** Traced km against published km, in percent; {@code null} when either is unknown. */
        public Double differencePct() {
            return tracedKm == null || publishedKm == null || publishedKm <= 0 ? null
                    : 100 * (tracedKm - publishedKm) / publishedKm;
        }
    }

    private final TraceNetwork network;
    private final Options options;
    private final double[] cost;
    private final int[] previous;
    private final List<Integer> touched = new ArrayList<>();
    private final MinHeap heap = new MinHeap();

    /** A tracer over {@code network}; holds two arrays of the network's node count. */
    public LinkTracer(TraceNetwork network, Options options) {
        this.network = network;
        this.options = options;
        this.cost = new double[network.nodeCount()];
        this.previous = new int[network.nodeCount()];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
    }

    /** The road numbers a link names: the first word of its id and of its name ("m1", "n5", "kkh"). */
    public static Set<String> refsOf(Link link) {
        Set<String> refs = new HashSet<>();
        String id = link.id().split("-", 2)[0];
        String name = link.name().split("[\\s\u2013-]", 2)[0];
        for (String word : List.of(id, name)) {
            String ref = TraceNetwork.normaliseRef(word);
            if (ref.matches("[a-z]+\\d+[a-z]?|kkh")) {
                refs.add(ref);
                if (ref.equals("kkh")) {
                    refs.add("n35"); // the Karakoram Highway is numbered N-35 in Pakistan
                }
            }
        }
        return refs;
    }

    /** Traces {@code link}; a road link is expected (the caller picks which links to trace). */
    public Trace trace(Link link) {
        List<GeoPoint> sketch = link.geometry().points();
        double sketchKm = link.geometry().lengthKm();
        Double published = link.distanceKm();
        Set<String> named = refsOf(link);
        BitSet offRoad = network.anyRoadCarries(named) ? network.segmentsWithout(named) : null;
        int[] via = new int[sketch.size()];
        for (int i = 0; i < sketch.size(); i++) {
            GeoPoint p = sketch.get(i);
            int node = offRoad == null ? -1 : network.nearest(p.latitude(), p.longitude(), options.maxGapKm(), offRoad);
            if (node < 0) {
                node = network.nearest(p.latitude(), p.longitude(), options.maxGapKm(), null);
            }
            if (node < 0) {
                return skipped(link, sketchKm, published, null, String.format(Locale.ROOT,
                        "outside the extract: sketch point %d (%.4f, %.4f) has no road of the extract within %s km",
                        i + 1, p.latitude(), p.longitude(), format(options.maxGapKm())));
            }
            via[i] = node;
        }
        List<Integer> path = new ArrayList<>();
        path.add(via[0]);
        double pathM = 0;
        for (int i = 1; i < via.length; i++) {
            if (via[i] == via[i - 1]) {
                continue;
            }
            double legM = route(via[i - 1], via[i], offRoad, path);
            if (legM < 0) {
                return skipped(link, sketchKm, published, null, String.format(Locale.ROOT,
                        "no road path in the extract between sketch points %d and %d", i, i + 1));
            }
            pathM += legM;
        }
        List<GeoPoint> line = new ArrayList<>();
        line.add(sketch.get(0));
        for (int node : path) {
            line.add(new GeoPoint(network.lat(node), network.lon(node)));
        }
        line.add(sketch.get(sketch.size() - 1));
        Polyline full = new Polyline(line);
        double tracedKm = full.lengthKm();
        if (published != null && tracedKm > published * (1 + options.maxLongerPct() / 100)) {
            return skipped(link, sketchKm, published, tracedKm, String.format(Locale.ROOT,
                    "the road path is %.1f km, %.0f%% longer than the published %s km (more than %s%%): refused "
                            + "rather than drawn along a wrong road", tracedKm, 100 * (tracedKm - published) / published,
                    format(published), format(options.maxLongerPct())));
        }
        if (published == null && tracedKm > MAX_SKETCH_FACTOR * sketchKm) {
            return skipped(link, sketchKm, published, tracedKm, String.format(Locale.ROOT,
                    "the road path is %.1f km, %.1f times the sketch's %.1f km and no length is published to check it "
                            + "against: refused rather than drawn along a detour", tracedKm, tracedKm / sketchKm, sketchKm));
        }
        return new Trace(link.id(), sketchKm, tracedKm, published, simplify(line, options.toleranceM()), null);
    }

    private static Trace skipped(Link link, double sketchKm, Double published, Double tracedKm, String reason) {
        return new Trace(link.id(), sketchKm, tracedKm, published, null, reason);
    }

    /**
     * A* from {@code from} to {@code to} over the network's graph, each arc costing its km, times
     * {@value #OFF_ROAD_FACTOR} on the segments in {@code offRoad} (none when null); appends the nodes after
     * {@code from} to {@code path} and returns the path's length in metres, or -1 when {@code to} cannot be reached.
     */
    private double route(int from, int to, BitSet offRoad, List<Integer> path) {
        CompactGraph graph = network.graph();
        double toLat = network.lat(to);
        double toLon = network.lon(to);
        heap.clear();
        set(from, 0, -1);
        heap.push(heuristicKm(from, toLat, toLon), from);
        boolean found = false;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int node = heap.pop();
            double g = cost[node];
            if (key > g + heuristicKm(node, toLat, toLon) + 1e-9) {
                continue; // a stale entry
            }
            if (node == to) {
                found = true;
                break;
            }
            for (int arc = graph.firstArc(node), end = graph.endArc(node); arc < end; arc++) {
                int next = graph.head(arc);
                double step = graph.lengthKm(arc)
                        * (offRoad == null || !offRoad.get(graph.segment(arc)) ? 1 : OFF_ROAD_FACTOR);
                if (g + step < cost[next]) {
                    set(next, g + step, node);
                    heap.push(g + step + heuristicKm(next, toLat, toLon), next);
                }
            }
        }
        double lengthM = -1;
        if (found) {
            List<Integer> leg = new ArrayList<>();
            for (int n = to; n != from; n = previous[n]) {
                leg.add(n);
            }
            lengthM = 0;
            int last = from;
            for (int i = leg.size() - 1; i >= 0; i--) {
                int n = leg.get(i);
                lengthM += GreatCircle.distanceKm(network.lat(last), network.lon(last), network.lat(n), network.lon(n))
                        * 1000;
                path.add(n);
                last = n;
            }
        }
        for (int n : touched) {
            cost[n] = Double.POSITIVE_INFINITY;
            previous[n] = -1;
        }
        touched.clear();
        return lengthM;
    }

    private void set(int node, double g, int before) {
        if (cost[node] == Double.POSITIVE_INFINITY) {
            touched.add(node);
        }
        cost[node] = g;
        previous[node] = before;
    }

    private double heuristicKm(int node, double toLat, double toLon) {
        return GreatCircle.distanceKm(network.lat(node), network.lon(node), toLat, toLon);
    }

    /** Douglas-Peucker on an equirectangular projection in metres around the line's first point. */
    static Polyline simplify(List<GeoPoint> line, double toleranceM) {
        List<GeoPoint> points = new ArrayList<>();
        for (GeoPoint p : line) {
            if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
                points.add(p);
            }
        }
        if (points.size() < 3) {
            return new Polyline(points.size() == 1 ? List.of(points.get(0), points.get(0)) : points);
        }
        double lat0 = points.get(0).latitude();
        double mPerDegLat = GreatCircle.EARTH_RADIUS_KM * 1000 * Math.PI / 180;
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat0));
        Coordinate[] xy = new Coordinate[points.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = new Coordinate(points.get(i).longitude() * mPerDegLon, points.get(i).latitude() * mPerDegLat);
        }
        LineString simplified = (LineString) DouglasPeuckerSimplifier.simplify(new GeometryFactory().createLineString(xy),
                toleranceM);
        List<GeoPoint> out = new ArrayList<>();
        for (Coordinate c : simplified.getCoordinates()) {
            out.add(new GeoPoint(round(c.y / mPerDegLat), round(c.x / mPerDegLon)));
        }
        return new Polyline(out);
    }

    /** Six decimals: about 0.1 m, finer than any OSM node's position matters here. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
