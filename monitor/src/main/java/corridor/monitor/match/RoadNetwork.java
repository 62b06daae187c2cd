package corridor.monitor.match;

import corridor.model.graph.MinHeap;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.LocalPlane;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The links trucks drive (road and transfer links in service), prepared for map matching: the
 * vertices as arrays, cumulative lengths along each link, a grid index of segments for candidate
 * search, and shortest distances between link ends.
 *
 * <p>Nodes of the distance graph are link ends (two per link): a link joins its two ends, and
 * the ends of links that meet at the same place are joined by the straight line between them,
 * since dataset geometries end near, not exactly at, their places. A node is
 * {@code 2 * link + end}, end 0 the link's start and 1 its end.
 *
 * <p>Thread-safe: immutable but for the cache of shortest-path trees, which readers consult
 * without a lock (engines on several threads share one network and ask for distances at every
 * step of their matching: under a lock they queued for each other); a tree two threads compute at
 * once is the same tree, and one of them is kept.
 */
public final class RoadNetwork {

    /** Grid cell edge, degrees: about 5 km, so a lookup sees only nearby segments. */
    private static final double CELL_DEGREES = 0.05;

    private final List<Link> links;
    private final double[][] lats;
    private final double[][] lons;
    private final double[][] cumKm;
    private final double[] lengthKm;
    private final String[] endPlace;
    private final Map<Long, long[]> grid = new HashMap<>();
    private final double indexRadiusKm;
    private final List<List<double[]>> adjacency = new ArrayList<>();
    /** Shortest-path trees by source node, computed when first asked for. */
    private final AtomicReferenceArray<Tree> trees;

    /** Shortest distances from one node (km) and each node's predecessor on its path (-1: none). */
    private record Tree(double[] distKm, int[] pred) {
    }

    /**
     * @param dataset        the corridor dataset
     * @param indexRadiusKm  the largest candidate radius the index will be asked for
     */
    public RoadNetwork(Dataset dataset, double indexRadiusKm) {
        this.links = dataset.links().stream()
                .filter(l -> (l.mode() == Mode.ROAD || l.mode() == Mode.TRANSFER) && l.status().isInService())
                .toList();
        this.indexRadiusKm = indexRadiusKm;
        int n = links.size();
        lats = new double[n][];
        lons = new double[n][];
        cumKm = new double[n][];
        lengthKm = new double[n];
        endPlace = new String[2 * n];
        for (int i = 0; i < n; i++) {
            prepare(i, links.get(i));
        }
        buildGrid();
        buildGraph();
        trees = new AtomicReferenceArray<>(2 * n);
    }

    private void prepare(int index, Link link) {
        Polyline line = link.geometry();
        int m = line.points().size();
        lats[index] = new double[m];
        lons[index] = new double[m];
        cumKm[index] = new double[m];
        for (int j = 0; j < m; j++) {
            GeoPoint p = line.points().get(j);
            lats[index][j] = p.latitude();
            lons[index][j] = p.longitude();
            if (j > 0) {
                cumKm[index][j] = cumKm[index][j - 1] + GreatCircle.distanceKm(lats[index][j - 1], lons[index][j - 1],
                        p.latitude(), p.longitude());
            }
        }
        lengthKm[index] = cumKm[index][m - 1];
        endPlace[2 * index] = link.fromId();
        endPlace[2 * index + 1] = link.toId();
    }

    private void buildGrid() {
        Map<Long, List<Long>> cells = new HashMap<>();
        double padLat = indexRadiusKm / LocalPlane.KM_PER_DEGREE;
        for (int i = 0; i < links.size(); i++) {
            for (int j = 0; j + 1 < lats[i].length; j++) {
                double minLat = Math.min(lats[i][j], lats[i][j + 1]) - padLat;
                double maxLat = Math.max(lats[i][j], lats[i][j + 1]) + padLat;
                double cos = Math.max(0.05, Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)))));
                double padLon = indexRadiusKm / (LocalPlane.KM_PER_DEGREE * cos);
                double minLon = Math.min(lons[i][j], lons[i][j + 1]) - padLon;
                double maxLon = Math.max(lons[i][j], lons[i][j + 1]) + padLon;
                for (long y = cell(minLat); y <= cell(maxLat); y++) {
                    for (long x = cell(minLon); x <= cell(maxLon); x++) {
                        cells.computeIfAbsent(key(y, x), k -> new ArrayList<>()).add((long) i << 32 | j);
                    }
                }
            }
        }
        cells.forEach((k, v) -> grid.put(k, v.stream().mapToLong(Long::longValue).distinct().toArray()));
    }

    private void buildGraph() {
        int nodes = 2 * links.size();
        for (int i = 0; i < nodes; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (int i = 0; i < links.size(); i++) {
            edge(2 * i, 2 * i + 1, lengthKm[i]);
        }
        Map<String, List<Integer>> endsByPlace = new HashMap<>();
        for (int node = 0; node < nodes; node++) {
            endsByPlace.computeIfAbsent(endPlace[node], k -> new ArrayList<>()).add(node);
        }
        for (List<Integer> ends : endsByPlace.values()) {
            for (int a = 0; a < ends.size(); a++) {
                for (int b = a + 1; b < ends.size(); b++) {
                    int u = ends.get(a);
                    int v = ends.get(b);
                    if (u / 2 != v / 2) {
                        edge(u, v, GreatCircle.distanceKm(endLat(u), endLon(u), endLat(v), endLon(v)));
                    }
                }
            }
        }
    }

    private void edge(int u, int v, double km) {
        adjacency.get(u).add(new double[]{v, km});
        adjacency.get(v).add(new double[]{u, km});
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(long y, long x) {
        return (y << 32) ^ (x & 0xffffffffL);
    }

    /** Number of matchable links. */
    public int linkCount() {
        return links.size();
    }

    /** The matchable link with this index. */
    public Link link(int index) {
        return links.get(index);
    }

    /** Length of a link's geometry, km. */
    public double lengthKm(int link) {
        return lengthKm[link];
    }

    /** The place id at end 0 (from) or 1 (to) of a link. */
    public String endPlace(int link, int end) {
        return endPlace[2 * link + end];
    }

    /** Latitude of a link-end node ({@code 2 * link + end}), degrees north. */
    public double endLat(int node) {
        double[] la = lats[node / 2];
        return (node & 1) == 0 ? la[0] : la[la.length - 1];
    }

    /** Longitude of a link-end node ({@code 2 * link + end}), degrees east. */
    public double endLon(int node) {
        double[] lo = lons[node / 2];
        return (node & 1) == 0 ? lo[0] : lo[lo.length - 1];
    }

    /**
     * Finds, for each link with a segment within {@code radiusKm} of the position, the nearest
     * point on that link.
     *
     * @param out receives the candidates; cleared first
     */
    void candidates(double lat, double lon, double radiusKm, Candidates out) {
        out.clear();
        long[] segments = grid.get(key(cell(lat), cell(lon)));
        if (segments == null) {
            return;
        }
        double kmPerLon = LocalPlane.kmPerDegreeLon(lat);
        for (long ref : segments) {
            int link = (int) (ref >>> 32);
            int seg = (int) ref;
            double[] la = lats[link];
            double[] lo = lons[link];
            double x1 = (lo[seg] - lon) * kmPerLon;
            double y1 = (la[seg] - lat) * LocalPlane.KM_PER_DEGREE;
            double dx = (lo[seg + 1] - lon) * kmPerLon - x1;
            double dy = (la[seg + 1] - lat) * LocalPlane.KM_PER_DEGREE - y1;
            double t = LocalPlane.fraction(x1, y1, dx, dy);
            double distanceKm = LocalPlane.distanceKm(x1, y1, dx, dy, t);
            if (distanceKm <= radiusKm) {
                double offsetKm = cumKm[link][seg] + t * (cumKm[link][seg + 1] - cumKm[link][seg]);
                out.offer(link, offsetKm, distanceKm);
            }
        }
    }

    /**
     * Shortest distance along the network between two positions on links, km, and the link ends
     * it leaves and enters by (for reconstructing the path).
     *
     * @param offsetA km along link A from its start; likewise {@code offsetB}
     * @param endsOut receives the link-end nodes left and entered ({@code -1, -1} on one link)
     */
    public double routeKm(int linkA, double offsetA, int linkB, double offsetB, int[] endsOut) {
        if (linkA == linkB) {
            endsOut[0] = -1;
            endsOut[1] = -1;
            return Math.abs(offsetB - offsetA);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int ea = 0; ea < 2; ea++) {
            double toEnd = ea == 0 ? offsetA : lengthKm[linkA] - offsetA;
            double[] fromEnd = tree(2 * linkA + ea).distKm();
            for (int eb = 0; eb < 2; eb++) {
                double fromStart = eb == 0 ? offsetB : lengthKm[linkB] - offsetB;
                double total = toEnd + fromEnd[2 * linkB + eb] + fromStart;
                if (total < best) {
                    best = total;
                    endsOut[0] = 2 * linkA + ea;
                    endsOut[1] = 2 * linkB + eb;
                }
            }
        }
        return best;
    }

    /** Network distance between two link-end nodes, km (infinite when unconnected). */
    public double nodeDistanceKm(int from, int to) {
        return tree(from).distKm()[to];
    }

    /**
     * The nodes of the shortest path from {@code from} to {@code to}, both included.
     */
    public List<Integer> nodePath(int from, int to) {
        int[] pred = tree(from).pred();
        List<Integer> path = new ArrayList<>();
        for (int node = to; node != -1; node = node == from ? -1 : pred[node]) {
            path.add(node);
            if (path.size() > pred.length + 1) {
                throw new IllegalStateException("predecessor cycle");
            }
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /**
     * The nodes of the shortest path from {@code from} to {@code to} that enters none of the
     * {@code blocked} link ends (a closed mountain pass), both ends included, with its length in
     * {@code kmOut[0]}; {@code null} when every path is blocked. Computed afresh, not cached.
     */
    public List<Integer> nodePathAvoiding(int from, int to, java.util.BitSet blocked, double[] kmOut) {
        int n = adjacency.size();
        double[] dist = new double[n];
        int[] pred = new int[n];
        dijkstra(from, blocked, dist, pred);
        if (dist[to] == Double.POSITIVE_INFINITY) {
            return null;
        }
        kmOut[0] = dist[to];
        List<Integer> path = new ArrayList<>();
        for (int node = to; node != -1; node = node == from ? -1 : pred[node]) {
            path.add(node);
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /** Dijkstra from one link end, computed once per node and kept (the network is small). */
    private Tree tree(int source) {
        Tree tree = trees.get(source);
        if (tree != null) {
            return tree;
        }
        int n = adjacency.size();
        double[] dist = new double[n];
        int[] pred = new int[n];
        dijkstra(source, null, dist, pred);
        // another thread may have stored the same tree meanwhile: keep the first
        trees.compareAndSet(source, null, new Tree(dist, pred));
        return trees.get(source);
    }

    /** Dijkstra from {@code source} into {@code dist} and {@code pred}, entering none of {@code blocked} (may be null). */
    private void dijkstra(int source, java.util.BitSet blocked, double[] dist, int[] pred) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        dist[source] = 0;
        MinHeap queue = new MinHeap();
        queue.push(0, source);
        while (!queue.isEmpty()) {
            double key = queue.peekKey();
            int u = queue.pop();
            if (key > dist[u]) {
                continue;
            }
            for (double[] e : adjacency.get(u)) {
                int v = (int) e[0];
                double d = dist[u] + e[1];
                if ((blocked == null || !blocked.get(v)) && d < dist[v]) {
                    dist[v] = d;
                    pred[v] = u;
                    queue.push(d, v);
                }
            }
        }
    }
}
