package corridor.osm;

import corridor.model.geo.GreatCircle;
import corridor.model.geo.SegmentCandidates;
import corridor.model.geo.SegmentGeometry;
import corridor.model.geo.SegmentIndex;
import corridor.model.graph.CompactGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OSM roads a link is traced along, as an undirected graph whose nodes are every point of the
 * road segments (junctions and the points between them), so that a path follows the roads' full
 * geometry. Built from a {@link RoadSegmentSource}; one-way restrictions are not kept (a link's
 * geometry serves both directions, and a dual carriageway's two halves are one road).
 *
 * <p>The graph is the engines' {@link CompactGraph}: each piece between two consecutive points of a
 * segment gives an arc each way, whose segment is the road segment's index here (see {@link #graph()})
 * and whose length is the great-circle km between the points. Road points are found through the one
 * {@link SegmentIndex} over the segments.
 *
 * <p>Memory: about 20 bytes a point (position, place in its segment), 32 a piece (its two arcs), the
 * segment index's (about 24 a piece), plus 4 a junction of the file. Immutable once built; thread-safe to read.
 */
public final class TraceNetwork {

    /** The radius a node lookup starts with, km; it doubles until a node is found or the bound reached. */
    private static final double FIRST_RADIUS_KM = 0.25;

    private final double[] lat;
    private final double[] lon;
    /** The nodes of segment s are segmentNodes[segmentStart[s] .. segmentStart[s + 1] - 1], in drawing order. */
    private final int[] segmentStart;
    private final int[] segmentNodes;
    /** Per segment, its road numbers as an index into refs. */
    private final int[] segmentRefs;
    private final List<Set<String>> refs;
    private final CompactGraph graph;
    private final SegmentIndex index;
    private final double roadKm;

    private TraceNetwork(Builder b) {
        lat = Arrays.copyOf(b.lat, b.nodeCount);
        lon = Arrays.copyOf(b.lon, b.nodeCount);
        segmentStart = Arrays.copyOf(b.segmentStart, b.segmentCount + 1);
        segmentNodes = Arrays.copyOf(b.segmentNodes, segmentStart[b.segmentCount]);
        segmentRefs = Arrays.copyOf(b.segmentRefs, b.segmentCount);
        refs = List.copyOf(b.refList);
        CompactGraph.Builder arcs = CompactGraph.builder(lat.length);
        for (int s = 0; s < segmentRefs.length; s++) {
            for (int i = segmentStart[s] + 1; i < segmentStart[s + 1]; i++) {
                int a = segmentNodes[i - 1];
                int c = segmentNodes[i];
                double km = GreatCircle.distanceKm(lat[a], lon[a], lat[c], lon[c]);
                arcs.addArc(a, c, km, s, false);
                arcs.addArc(c, a, km, s, true);
            }
        }
        graph = arcs.build();
        index = new SegmentIndex(new Points(), SegmentIndex.STREET_CELL_DEGREES);
        roadKm = b.roadKm;
    }

    /** The segments' points as the index reads them. */
    private final class Points implements SegmentGeometry {
        @Override
        public int segmentCount() {
            return segmentRefs.length;
        }

        @Override
        public int pointCount(int segment) {
            return segmentStart[segment + 1] - segmentStart[segment];
        }

        @Override
        public double pointLat(int segment, int k) {
            return lat[segmentNodes[segmentStart[segment] + k]];
        }

        @Override
        public double pointLon(int segment, int k) {
            return lon[segmentNodes[segmentStart[segment] + k]];
        }
    }

    /** Number of nodes (road points). */
    public int nodeCount() {
        return lat.length;
    }

    /** Number of road segments read into the network. */
    public int segmentCount() {
        return segmentRefs.length;
    }

    /** Total length of the roads read, in km. */
    public double roadKm() {
        return roadKm;
    }

    /** Latitude of node {@code n}, in degrees. */
    public double lat(int n) {
        return lat[n];
    }

    /** Longitude of node {@code n}, in degrees. */
    public double lon(int n) {
        return lon[n];
    }

    /**
     * The roads as a graph: nodes are the road points, two arcs a piece between consecutive points (one each way),
     * each arc's segment the road segment it lies on (index of this network, below {@link #segmentCount()}), its
     * length the great-circle km between the points.
     */
    public CompactGraph graph() {
        return graph;
    }

    /**
     * The segments whose road carries none of {@code wanted} (normalised refs, see {@link #normaliseRef}): what a
     * search preferring those roads passes over or charges more for; null when {@code wanted} is empty (no preference).
     */
    public BitSet segmentsWithout(Set<String> wanted) {
        if (wanted.isEmpty()) {
            return null;
        }
        boolean[] carrying = new boolean[refs.size()];
        for (int r = 0; r < carrying.length; r++) {
            for (String ref : refs.get(r)) {
                carrying[r] |= wanted.contains(ref);
            }
        }
        BitSet without = new BitSet(segmentRefs.length);
        for (int s = 0; s < segmentRefs.length; s++) {
            if (!carrying[segmentRefs[s]]) {
                without.set(s);
            }
        }
        return without;
    }

    /** Whether any road of the network carries one of {@code wanted}. */
    public boolean anyRoadCarries(Set<String> wanted) {
        for (Set<String> r : refs) {
            for (String ref : r) {
                if (wanted.contains(ref)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The node nearest to a point within {@code maxKm} (great-circle), counting only the points of segments not in
     * {@code passedOver} (null for every segment; see {@link #segmentsWithout}); -1 when there is none. Of nodes
     * equally near, the highest numbered.
     */
    public int nearest(double latitude, double longitude, double maxKm, BitSet passedOver) {
        SegmentCandidates near = new SegmentCandidates();
        double reachKm = planeReachKm(maxKm);
        for (double radiusKm = Math.min(FIRST_RADIUS_KM, reachKm); ; radiusKm = Math.min(2 * radiusKm, reachKm)) {
            index.candidates(latitude, longitude, radiusKm, Integer.MAX_VALUE, passedOver, near);
            int best = -1;
            double bestKm = maxKm;
            for (int i = 0; i < near.size(); i++) {
                int s = near.segment(i);
                for (int k = segmentStart[s]; k < segmentStart[s + 1]; k++) {
                    int n = segmentNodes[k];
                    double km = GreatCircle.distanceKm(latitude, longitude, lat[n], lon[n]);
                    if (km < bestKm || km == bestKm && n > best) {
                        best = n;
                        bestKm = km;
                    }
                }
            }
            // a nearer node lies on a segment within this radius: every node within bestKm has its pieces within it
            if (radiusKm >= reachKm || best >= 0 && planeReachKm(bestKm) <= radiusKm) {
                return best;
            }
        }
    }

    /**
     * A radius in the index's local plane that holds every point within {@code km} great-circle: the plane's scale
     * is off by under d/R·tan(latitude)/2 (below 1/1000 of d up to 80° of latitude), so 2% and d/1000 more cover it.
     */
    private static double planeReachKm(double km) {
        return km * (1.02 + km / 1000) + 0.001;
    }

    /**
     * A road number as compared here: lower case, without dashes, dots and spaces ("N-5" and "n5"
     * are one road).
     */
    public static String normaliseRef(String ref) {
        return ref.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    /**
     * Collects road segments into a network; a {@link RoadSegmentSource.Sink}. Segments with no point
     * inside the box given are left out, so that a national extract is held only where links are traced.
     * Not thread-safe.
     */
    public static final class Builder implements RoadSegmentSource.Sink {
        private final double[] box; // south, west, north, east
        private final JunctionIds junctionNodes = new JunctionIds();
        private final Map<Set<String>, Integer> refIndex = new HashMap<>();
        private final List<Set<String>> refList = new ArrayList<>();
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int nodeCount;
        private int[] segmentStart = new int[1024];
        private int[] segmentNodes = new int[1024];
        private int[] segmentRefs = new int[1024];
        private int segmentCount;
        private double roadKm;

        /** @param box south, west, north, east in degrees: keep segments with a point inside */
        public Builder(double[] box) {
            this.box = box.clone();
        }

        @Override
        public void junction(int junction, double lat, double lon) {
            // locations come with the segments
        }

        @Override
        public void segment(int from, int to, double[] lat, double[] lon, int count, long wayId,
                            Map<String, Object> tags) {
            if (count < 2 || !touchesBox(lat, lon, count)) {
                return;
            }
            if (segmentCount + 1 == segmentStart.length) {
                segmentStart = Arrays.copyOf(segmentStart, 2 * segmentStart.length);
                segmentRefs = Arrays.copyOf(segmentRefs, 2 * segmentRefs.length);
            }
            int start = segmentStart[segmentCount];
            if (start + count > segmentNodes.length) {
                segmentNodes = Arrays.copyOf(segmentNodes, Math.max(2 * segmentNodes.length, start + count));
            }
            segmentRefs[segmentCount] = refsOf(tags.get("ref"));
            for (int k = 0; k < count; k++) {
                segmentNodes[start + k] = k == 0 ? junctionNode(from, lat[0], lon[0])
                        : k == count - 1 ? junctionNode(to, lat[k], lon[k]) : node(lat[k], lon[k]);
                roadKm += k == 0 ? 0 : GreatCircle.distanceKm(lat[k - 1], lon[k - 1], lat[k], lon[k]);
            }
            segmentStart[++segmentCount] = start + count;
        }

        private boolean touchesBox(double[] lat, double[] lon, int count) {
            for (int k = 0; k < count; k++) {
                if (lat[k] >= box[0] && lat[k] <= box[2] && lon[k] >= box[1] && lon[k] <= box[3]) {
                    return true;
                }
            }
            return false;
        }

        private int refsOf(Object tag) {
            Set<String> set = new TreeSet<>();
            if (tag != null) {
                for (String part : tag.toString().split(";")) {
                    String r = normaliseRef(part);
                    if (!r.isEmpty()) {
                        set.add(r);
                    }
                }
            }
            Set<String> key = Set.copyOf(set);
            return refIndex.computeIfAbsent(key, k -> {
                refList.add(k);
                return refList.size() - 1;
            });
        }

        private int junctionNode(int id, double latitude, double longitude) {
            return junctionNodes.indexOf(id, () -> node(latitude, longitude));
        }

        private int node(double latitude, double longitude) {
            if (nodeCount == lat.length) {
                lat = Arrays.copyOf(lat, nodeCount * 2);
                lon = Arrays.copyOf(lon, nodeCount * 2);
            }
            lat[nodeCount] = latitude;
            lon[nodeCount] = longitude;
            return nodeCount++;
        }

        /** The network of the segments collected. */
        public TraceNetwork build() {
            return new TraceNetwork(this);
        }
    }
}
