package corridor.monitor.match;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.LocalPlane;
import corridor.model.geo.Polyline;
import corridor.model.geo.SegmentGeometry;
import corridor.model.geo.SegmentIndex;
import corridor.model.graph.BoundedDijkstra;
import corridor.model.graph.CompactGraph;
import corridor.model.network.Link;
import corridor.model.network.Mode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The links trucks drive (road and transfer links in service), prepared for map matching and trip analysis:
 * the vertices as arrays, a {@link SegmentIndex} over them for candidate search, and the link-end graph as a
 * {@link CompactGraph} with shortest distances between link ends ({@link BoundedDijkstra}, kept per source).
 * {@link #matchNetwork()} is what {@link RoadMatcher} matches on.
 *
 * <p>Nodes of the graph are link ends (two per link): a link joins its two ends both ways (arcs of the link's
 * number), and the ends of links that meet at the same place are joined by the straight line between them
 * (connector arcs of no segment), since dataset geometries end near, not exactly at, their places. A node is
 * {@code 2 * link + end}, end 0 the link's start and 1 its end.
 *
 * <p>Thread-safe: immutable but for the cache of shortest-path trees, which readers consult without a lock
 * (engines on several threads share one network and ask for distances at every step of their matching: under a
 * lock they queued for each other); a missing tree is computed under the search's lock, and a tree two threads
 * compute at once is the same tree, one of them kept.
 */
public final class RoadNetwork implements SegmentGeometry {

    /** The index's cell edge, degrees: about 5.5 km. */
    private static final double CELL_DEGREES = 0.05;

    private final List<Link> links;
    private final double[][] lats;
    private final double[][] lons;
    private final String[] endPlace;
    private final SegmentIndex index;
    private final CompactGraph graph;
    private final MatchNetwork matchNetwork;
    private final BoundedDijkstra search;
    /** Shortest-path trees by source node, computed when first asked for. */
    private final AtomicReferenceArray<Tree> trees;

    /** Shortest distances from one node (km) and each node's predecessor on its path (-1: none). */
    private record Tree(double[] distKm, int[] pred) {
    }

    /**
     * @param dataset       the corridor dataset
     * @param indexRadiusKm the candidate radius the index will mostly be asked for (its cells are at least as wide)
     */
    public RoadNetwork(Dataset dataset, double indexRadiusKm) {
        this.links = dataset.links().stream()
                .filter(l -> (l.mode() == Mode.ROAD || l.mode() == Mode.TRANSFER) && l.status().isInService())
                .toList();
        int n = links.size();
        lats = new double[n][];
        lons = new double[n][];
        endPlace = new String[2 * n];
        for (int i = 0; i < n; i++) {
            Polyline line = links.get(i).geometry();
            int m = line.points().size();
            lats[i] = new double[m];
            lons[i] = new double[m];
            for (int j = 0; j < m; j++) {
                GeoPoint p = line.points().get(j);
                lats[i][j] = p.latitude();
                lons[i][j] = p.longitude();
            }
            endPlace[2 * i] = links.get(i).fromId();
            endPlace[2 * i + 1] = links.get(i).toId();
        }
        // cells of about 5 km (or the radius, if larger): the links are few and their pieces long, so one or two
        // cells hold a lookup's box, and a piece is measured about once rather than in each small cell it crosses
        index = new SegmentIndex(this, Math.max(CELL_DEGREES, indexRadiusKm / LocalPlane.KM_PER_DEGREE));
        graph = buildGraph();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = 2 * i;
            to[i] = 2 * i + 1;
        }
        matchNetwork = new MatchNetwork(index, graph, from, to, new BitSet(), false, this::distancesFrom);
        search = new BoundedDijkstra(graph);
        trees = new AtomicReferenceArray<>(2 * n);
    }

    /** Each link both ways, then the connectors between link ends at one place; arcs keep this order per node. */
    private CompactGraph buildGraph() {
        int nodes = 2 * links.size();
        CompactGraph.Builder builder = CompactGraph.builder(nodes);
        for (int i = 0; i < links.size(); i++) {
            double km = index.lengthKm(i);
            builder.addArc(2 * i, 2 * i + 1, km, i, false).addArc(2 * i + 1, 2 * i, km, i, true);
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
                        double km = GreatCircle.distanceKm(endLat(u), endLon(u), endLat(v), endLon(v));
                        builder.addArc(u, v, km, CompactGraph.NO_SEGMENT, false)
                                .addArc(v, u, km, CompactGraph.NO_SEGMENT, false);
                    }
                }
            }
        }
        return builder.build();
    }

    /** The links as {@link RoadMatcher} matches on them: one state per candidate, leaving by either end. */
    public MatchNetwork matchNetwork() {
        return matchNetwork;
    }

    @Override
    public int segmentCount() {
        return links.size();
    }

    @Override
    public int pointCount(int link) {
        return lats[link].length;
    }

    @Override
    public double pointLat(int link, int k) {
        return lats[link][k];
    }

    @Override
    public double pointLon(int link, int k) {
        return lons[link][k];
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
        return index.lengthKm(link);
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
            double toEnd = ea == 0 ? offsetA : lengthKm(linkA) - offsetA;
            double[] fromEnd = distancesFrom(2 * linkA + ea);
            for (int eb = 0; eb < 2; eb++) {
                double fromStart = eb == 0 ? offsetB : lengthKm(linkB) - offsetB;
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
        return distancesFrom(from)[to];
    }

    /** The nodes of the shortest path from {@code from} to {@code to}, both included. */
    public List<Integer> nodePath(int from, int to) {
        int[] pred = tree(from).pred();
        List<Integer> path = new ArrayList<>();
        for (int node = to; node != -1; node = node == from ? -1 : pred[node]) {
            path.add(node);
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * The nodes of the shortest path from {@code from} to {@code to} that enters none of the
     * {@code blocked} link ends (a closed mountain pass), both ends included, with its length in
     * {@code kmOut[0]}; {@code null} when every path is blocked. Computed afresh, not cached.
     */
    public List<Integer> nodePathAvoiding(int from, int to, BitSet blocked, double[] kmOut) {
        synchronized (search) {
            search.search(from, Double.POSITIVE_INFINITY, null, blocked, new int[] {to}, 1);
            if (!search.isSettled(to)) {
                return null;
            }
            kmOut[0] = search.distanceKm(to);
            List<Integer> path = new ArrayList<>();
            for (int node = to; node != -1; node = search.predecessorNode(node)) {
                path.add(node);
            }
            Collections.reverse(path);
            return path;
        }
    }

    /** Shortest distances from one link end to all, km, computed once per node and kept (the network is small). */
    private double[] distancesFrom(int source) {
        return tree(source).distKm();
    }

    private Tree tree(int source) {
        Tree tree = trees.get(source);
        if (tree != null) {
            return tree;
        }
        int n = graph.nodeCount();
        double[] dist = new double[n];
        int[] pred = new int[n];
        synchronized (search) {
            search.search(source, Double.POSITIVE_INFINITY);
            for (int v = 0; v < n; v++) {
                dist[v] = search.distanceKm(v);
                pred[v] = search.predecessorNode(v);
            }
        }
        trees.compareAndSet(source, null, new Tree(dist, pred));
        return trees.get(source);
    }
}
