package corridor.osm;

import corridor.model.geo.GreatCircle;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OSM roads a link is traced along, as an undirected graph whose nodes are every point of the
 * road segments (junctions and the points between them), so that a path follows the roads' full
 * geometry. Built from a {@link RoadSegmentSource}; one-way restrictions are not kept (a link's
 * geometry serves both directions, and a dual carriageway's two halves are one road).
 *
 * <p>Memory: about 20 bytes a point and 24 an edge (each way), plus 4 a junction of the file. Immutable once built; thread-safe to read.
 */
public final class TraceNetwork {

    /** Grid cell of the snapping index, in degrees (about 1 km). */
    private static final double CELL_DEG = 0.01;

    private final double[] lat;
    private final double[] lon;
    private final int[] firstEdge; // CSR: edges of node n are firstEdge[n] .. firstEdge[n+1]-1
    private final int[] edgeTarget;
    private final float[] edgeLengthM;
    private final int[] edgeRefs; // index into refs
    private final List<Set<String>> refs;
    private final Map<Long, int[]> grid;
    private final double roadKm;
    private final int segments;

    private TraceNetwork(Builder b) {
        int nodes = b.nodeCount;
        lat = Arrays.copyOf(b.lat, nodes);
        lon = Arrays.copyOf(b.lon, nodes);
        firstEdge = new int[nodes + 1];
        for (int e = 0; e < b.edgeCount; e++) {
            firstEdge[b.edgeA[e] + 1]++;
            firstEdge[b.edgeB[e] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            firstEdge[n + 1] += firstEdge[n];
        }
        int[] fill = Arrays.copyOf(firstEdge, nodes);
        edgeTarget = new int[2 * b.edgeCount];
        edgeLengthM = new float[2 * b.edgeCount];
        edgeRefs = new int[2 * b.edgeCount];
        for (int e = 0; e < b.edgeCount; e++) {
            int a = b.edgeA[e];
            int c = b.edgeB[e];
            int i = fill[a]++;
            edgeTarget[i] = c;
            edgeLengthM[i] = b.edgeLengthM[e];
            edgeRefs[i] = b.edgeRef[e];
            int j = fill[c]++;
            edgeTarget[j] = a;
            edgeLengthM[j] = b.edgeLengthM[e];
            edgeRefs[j] = b.edgeRef[e];
        }
        refs = List.copyOf(b.refList);
        Map<Long, int[]> cells = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int n = 0; n < nodes; n++) {
            if (firstEdge[n + 1] > firstEdge[n]) {
                sizes.merge(cell(lat[n], lon[n]), 1, Integer::sum);
            }
        }
        sizes.forEach((k, v) -> cells.put(k, new int[v + 1])); // slot 0 counts the filled entries
        for (int n = 0; n < nodes; n++) {
            if (firstEdge[n + 1] > firstEdge[n]) {
                int[] list = cells.get(cell(lat[n], lon[n]));
                list[++list[0]] = n;
            }
        }
        grid = cells;
        roadKm = b.roadKm;
        segments = b.segments;
    }

    /** Number of nodes (road points). */
    public int nodeCount() {
        return lat.length;
    }

    /** Number of road segments read into the network. */
    public int segmentCount() {
        return segments;
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

    int firstEdge(int n) {
        return firstEdge[n];
    }

    int endEdge(int n) {
        return firstEdge[n + 1];
    }

    int edgeTarget(int e) {
        return edgeTarget[e];
    }

    double edgeLengthM(int e) {
        return edgeLengthM[e];
    }

    /** Whether edge {@code e}'s road carries one of {@code wanted} (normalised refs, see {@link #normaliseRef}). */
    boolean edgeCarries(int e, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return false;
        }
        for (String ref : refs.get(edgeRefs[e])) {
            if (wanted.contains(ref)) {
                return true;
            }
        }
        return false;
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
     * The node nearest to a point within {@code maxKm}, counting only nodes on a road that carries
     * one of {@code wanted} when {@code wanted} is not empty; -1 when there is none.
     */
    public int nearest(double latitude, double longitude, double maxKm, Set<String> wanted) {
        double cosLat = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        int rings = (int) Math.ceil(maxKm / (111.32 * CELL_DEG * cosLat)) + 1;
        long cy = (long) Math.floor(latitude / CELL_DEG);
        long cx = (long) Math.floor(longitude / CELL_DEG);
        int best = -1;
        double bestKm = maxKm;
        for (long y = cy - rings; y <= cy + rings; y++) {
            for (long x = cx - rings; x <= cx + rings; x++) {
                int[] list = grid.get(key(y, x));
                if (list == null) {
                    continue;
                }
                for (int i = 1; i <= list[0]; i++) {
                    int n = list[i];
                    double km = GreatCircle.distanceKm(latitude, longitude, lat[n], lon[n]);
                    if (km <= bestKm && (wanted.isEmpty() || carries(n, wanted))) {
                        best = n;
                        bestKm = km;
                    }
                }
            }
        }
        return best;
    }

    private boolean carries(int n, Set<String> wanted) {
        for (int e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
            if (edgeCarries(e, wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A road number as compared here: lower case, without dashes, dots and spaces ("N-5" and "n5"
     * are one road).
     */
    public static String normaliseRef(String ref) {
        return ref.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    private static long cell(double latitude, double longitude) {
        return key((long) Math.floor(latitude / CELL_DEG), (long) Math.floor(longitude / CELL_DEG));
    }

    private static long key(long y, long x) {
        return (y << 32) ^ (x & 0xffffffffL);
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
        private final List<Set<String>> refList = new java.util.ArrayList<>();
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int nodeCount;
        private int[] edgeA = new int[1024];
        private int[] edgeB = new int[1024];
        private float[] edgeLengthM = new float[1024];
        private int[] edgeRef = new int[1024];
        private int edgeCount;
        private double roadKm;
        private int segments;

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
            int ref = refsOf(tags.get("ref"));
            int previous = junctionNode(from, lat[0], lon[0]);
            for (int k = 1; k < count; k++) {
                int node = k == count - 1 ? junctionNode(to, lat[k], lon[k]) : node(lat[k], lon[k]);
                double m = GreatCircle.distanceKm(lat[k - 1], lon[k - 1], lat[k], lon[k]) * 1000;
                edge(previous, node, (float) m, ref);
                roadKm += m / 1000;
                previous = node;
            }
            segments++;
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
            Set<String> set = new java.util.TreeSet<>();
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

        private void edge(int a, int b, float lengthM, int ref) {
            if (edgeCount == edgeA.length) {
                int size = edgeCount * 2;
                edgeA = Arrays.copyOf(edgeA, size);
                edgeB = Arrays.copyOf(edgeB, size);
                edgeLengthM = Arrays.copyOf(edgeLengthM, size);
                edgeRef = Arrays.copyOf(edgeRef, size);
            }
            edgeA[edgeCount] = a;
            edgeB[edgeCount] = b;
            edgeLengthM[edgeCount] = lengthM;
            edgeRef[edgeCount] = ref;
            edgeCount++;
        }

        /** The network of the segments collected. */
        public TraceNetwork build() {
            return new TraceNetwork(this);
        }
    }
}
