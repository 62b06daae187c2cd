package corridor.routing.hierarchy;

import corridor.model.network.RoadLayer;
import corridor.routing.graph.RoutingGraph;

import java.util.Arrays;

/**
 * The contraction order of a hierarchy's nodes, and the part of it that can be kept beside the roads.
 *
 * <p>Most nodes of a graph with street-level roads are the roads' junctions, and their order depends on the
 * roads alone: {@link #ofJunctions} computes it from a {@link RoadLayer} (nested dissection,
 * {@link NestedDissection}), to be kept with the roads ({@link RoadLayer#withJunctionRanks}; the data module
 * writes it beside roads.bin) and read back instead of computed. {@link #of} then orders a graph's nodes from
 * it: the junctions in their kept order, each with the copies its turn restrictions made just below it; then
 * the dataset's places that no junction is (cities, ports, rail terminals), few, ordered among themselves by
 * nested dissection and ranked above every junction. Any order gives exact answers; this one differs from
 * the whole graph's nested dissection only in where the places sit. A graph without kept junction ranks is
 * ordered by nested dissection of the whole graph.
 *
 * <p>Stateless; thread-safe.
 */
public final class NodeOrder {

    private NodeOrder() {
    }

    /**
     * The nested-dissection rank of each junction of {@code roads} (0 contracted first), from the junctions'
     * positions and the segments between them, read as undirected edges.
     */
    public static int[] ofJunctions(RoadLayer roads) {
        int n = roads.junctionCount();
        int m = roads.segmentCount();
        int[] tail = new int[m];
        int[] head = new int[m];
        for (int s = 0; s < m; s++) {
            tail[s] = roads.from(s);
            head[s] = roads.to(s);
        }
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int j = 0; j < n; j++) {
            lat[j] = roads.junctionLat(j);
            lon[j] = roads.junctionLon(j);
        }
        return NestedDissection.ranks(n, tail, head, lat, lon);
    }

    /**
     * The rank of each node of {@code graph}: from its road layer's junction ranks when the layer carries them
     * (see the class comment), else by nested dissection of the whole graph.
     *
     * @param arcTail per arc of the graph, the node it leaves
     * @param arcHead per arc of the graph, the node it enters
     * @param lat     per node, degrees
     * @param lon     per node, degrees
     */
    static int[] of(RoutingGraph graph, int[] arcTail, int[] arcHead, double[] lat, double[] lon) {
        int n = graph.placeCount();
        int[] junctionRanks = graph.roadLayer().junctionRanks();
        if (junctionRanks == null || junctionRanks.length == 0) {
            return NestedDissection.ranks(n, arcTail, arcHead, lat, lon);
        }
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        int[] junctionAtRank = new int[junctionRanks.length];
        for (int j = 0; j < junctionRanks.length; j++) {
            junctionAtRank[junctionRanks[j]] = j;
        }
        int next = 0;
        for (int junction : junctionAtRank) {
            int node = graph.junctionNode(junction);
            for (int copy : graph.copiesOf(node)) {
                if (rank[copy] < 0) {
                    rank[copy] = next++;
                }
            }
            if (rank[node] < 0) {
                rank[node] = next++;
            }
        }
        rankTheRest(rank, next, arcTail, arcHead, lat, lon);
        return rank;
    }

    /** Ranks the nodes without a rank from {@code next} up, by nested dissection of the graph they induce. */
    private static void rankTheRest(int[] rank, int next, int[] arcTail, int[] arcHead, double[] lat, double[] lon) {
        int[] local = new int[rank.length];
        int count = 0;
        for (int v = 0; v < rank.length; v++) {
            local[v] = rank[v] < 0 ? count++ : -1;
        }
        int[] rest = new int[count];
        double[] restLat = new double[count];
        double[] restLon = new double[count];
        for (int v = 0; v < rank.length; v++) {
            if (local[v] >= 0) {
                rest[local[v]] = v;
                restLat[local[v]] = lat[v];
                restLon[local[v]] = lon[v];
            }
        }
        int inside = 0;
        for (int a = 0; a < arcTail.length; a++) {
            inside += local[arcTail[a]] >= 0 && local[arcHead[a]] >= 0 ? 1 : 0;
        }
        int[] tail = new int[inside];
        int[] head = new int[inside];
        for (int a = 0, k = 0; a < arcTail.length; a++) {
            if (local[arcTail[a]] >= 0 && local[arcHead[a]] >= 0) {
                tail[k] = local[arcTail[a]];
                head[k++] = local[arcHead[a]];
            }
        }
        int[] restRank = NestedDissection.ranks(count, tail, head, restLat, restLon);
        for (int i = 0; i < count; i++) {
            rank[rest[i]] = next + restRank[i];
        }
    }
}
