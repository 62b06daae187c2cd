package corridor.routing.hierarchy;

import java.util.Arrays;

/**
 * The metric-independent part of a customizable contraction hierarchy: the graph contracted in a
 * given order with every shortcut any weighting could need (the chordal supergraph of the
 * undirected graph), as upward edges in compressed sparse rows by rank (the elimination tree's
 * parent of a rank is its first upward neighbour), and for every input arc the edge it lies on.
 * Nodes are addressed by rank inside; {@link #rank} and {@link #nodeAtRank} convert.
 *
 * <p>Edge {@code e} joins {@code low < high} (ranks): it is listed under {@code low}, its head is
 * {@link #edgeHigh}. It has two travel directions, up ({@code low → high}) and down
 * ({@code high → low}), each customized separately ({@link CchMetric}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CchTopology {

    /** For an input arc that is a self-loop: lies on no edge. */
    static final int NO_EDGE = -1;

    private final int[] rank;
    private final int[] nodeAtRank;
    private final int[] upStart;
    private final int[] edgeHigh;
    /** Per input arc: edge × 2 + (0 travelling up, 1 down), or {@link #NO_EDGE}. */
    private final int[] arcEdge;

    private CchTopology(int[] rank, int[] upStart, int[] edgeHigh, int[] arcEdge) {
        this.rank = rank;
        this.nodeAtRank = new int[rank.length];
        for (int v = 0; v < rank.length; v++) {
            nodeAtRank[rank[v]] = v;
        }
        this.upStart = upStart;
        this.edgeHigh = edgeHigh;
        this.arcEdge = arcEdge;
    }

    /**
     * Contracts the graph of the given arcs in the order {@code rank} (node → rank, a permutation
     * of 0..nodeCount-1, e.g. from {@link NestedDissection#ranks}).
     *
     * @throws IllegalArgumentException when {@code rank} is not a permutation
     */
    public static CchTopology build(int nodeCount, int[] arcTail, int[] arcHead, int[] rank) {
        checkPermutation(nodeCount, rank);
        int[][] up = chordalUpLists(nodeCount, arcTail, arcHead, rank);
        int[] upStart = new int[nodeCount + 1];
        for (int x = 0; x < nodeCount; x++) {
            upStart[x + 1] = upStart[x] + up[x].length;
        }
        int[] edgeHigh = new int[upStart[nodeCount]];
        for (int x = 0; x < nodeCount; x++) {
            System.arraycopy(up[x], 0, edgeHigh, upStart[x], up[x].length);
            up[x] = null;
        }
        int[] arcEdge = new int[arcTail.length];
        for (int a = 0; a < arcTail.length; a++) {
            int rt = rank[arcTail[a]];
            int rh = rank[arcHead[a]];
            if (rt == rh) {
                arcEdge[a] = NO_EDGE;
                continue;
            }
            int low = Math.min(rt, rh);
            int e = Arrays.binarySearch(edgeHigh, upStart[low], upStart[low + 1], Math.max(rt, rh));
            arcEdge[a] = e * 2 + (rt < rh ? 0 : 1);
        }
        return new CchTopology(rank, upStart, edgeHigh, arcEdge);
    }

    private static void checkPermutation(int n, int[] rank) {
        if (rank.length != n) {
            throw new IllegalArgumentException("rank has " + rank.length + " entries for " + n + " nodes");
        }
        boolean[] used = new boolean[n];
        for (int r : rank) {
            if (r < 0 || r >= n || used[r]) {
                throw new IllegalArgumentException("rank is not a permutation of 0.." + (n - 1));
            }
            used[r] = true;
        }
    }

    /**
     * The upward neighbours of every rank after contraction, sorted: the input's upward neighbours
     * plus, by the elimination game, those of every lower node whose lowest upward neighbour
     * (parent in the elimination tree) it is — adding a contracted node's neighbours to its parent
     * is enough, the parent passes them on when it is contracted.
     */
    private static int[][] chordalUpLists(int n, int[] tail, int[] head, int[] rank) {
        int[] count = new int[n];
        for (int a = 0; a < tail.length; a++) {
            int x = rank[tail[a]];
            int y = rank[head[a]];
            if (x != y) {
                count[Math.min(x, y)]++;
            }
        }
        int[][] pending = new int[n][];
        for (int x = 0; x < n; x++) {
            pending[x] = new int[Math.max(2, count[x])];
        }
        int[] size = new int[n];
        for (int a = 0; a < tail.length; a++) {
            int x = rank[tail[a]];
            int y = rank[head[a]];
            if (x != y) {
                int low = Math.min(x, y);
                pending[low][size[low]++] = Math.max(x, y);
            }
        }
        int[][] up = new int[n][];
        for (int x = 0; x < n; x++) {
            int[] list = pending[x];
            pending[x] = null;
            Arrays.sort(list, 0, size[x]);
            int w = 0;
            for (int i = 0; i < size[x]; i++) {
                if (w == 0 || list[i] != list[w - 1]) {
                    list[w++] = list[i];
                }
            }
            up[x] = Arrays.copyOf(list, w);
            if (w > 1) {
                int p = up[x][0];
                int need = size[p] + w - 1;
                if (pending[p].length < need) {
                    pending[p] = Arrays.copyOf(pending[p], Math.max(need, pending[p].length * 2));
                }
                System.arraycopy(up[x], 1, pending[p], size[p], w - 1);
                size[p] = need;
            }
        }
        return up;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return rank.length;
    }

    /** The number of edges of the hierarchy (input edges and shortcuts, each once for both directions). */
    public int edgeCount() {
        return edgeHigh.length;
    }

    /** The number of input arcs the hierarchy was built from. */
    public int arcCount() {
        return arcEdge.length;
    }

    /** The rank of a node. */
    public int rank(int node) {
        return rank[node];
    }

    /** The node at a rank. */
    public int nodeAtRank(int rank) {
        return nodeAtRank[rank];
    }

    /** The first upward edge of rank {@code x}; those of x end where those of x + 1 start. */
    int upStart(int x) {
        return upStart[x];
    }

    /** The higher end (rank) of an edge. */
    int edgeHigh(int e) {
        return edgeHigh[e];
    }

    /** The parent of rank {@code x} in the elimination tree (its lowest upward neighbour), or -1 for a root. */
    int parent(int x) {
        int first = upStart[x];
        return first < upStart[x + 1] ? edgeHigh[first] : -1;
    }

    /**
     * The same edges listed at their higher end: {@code {downStart, downLow}}, the lower ends of
     * rank x's downward edges ascending in {@code downLow[downStart[x] .. downStart[x + 1])}. Made
     * on demand (what customization reads, 4 bytes an edge while it runs), not kept.
     */
    int[][] downLists() {
        int n = rank.length;
        int[] downStart = new int[n + 1];
        for (int high : edgeHigh) {
            downStart[high + 1]++;
        }
        for (int x = 0; x < n; x++) {
            downStart[x + 1] += downStart[x];
        }
        int[] downLow = new int[edgeHigh.length];
        int[] fill = Arrays.copyOf(downStart, n);
        for (int low = 0; low < n; low++) {
            for (int e = upStart[low]; e < upStart[low + 1]; e++) {
                downLow[fill[edgeHigh[e]]++] = low;
            }
        }
        return new int[][] {downStart, downLow};
    }

    /** The edge of {@code low < high}, which must exist. */
    int edge(int low, int high) {
        return Arrays.binarySearch(edgeHigh, upStart[low], upStart[low + 1], high);
    }

    /** Per input arc: edge × 2 + direction (0 up, 1 down), or -1 for a self-loop. */
    int arcEdge(int arc) {
        return arcEdge[arc];
    }

    /** The depth of the elimination tree: the most nodes a query's search visits, on one side. */
    public int eliminationTreeDepth() {
        int[] depth = new int[rank.length];
        int max = 0;
        for (int x = rank.length - 1; x >= 0; x--) {
            int p = parent(x);
            depth[x] = p < 0 ? 1 : depth[p] + 1;
            max = Math.max(max, depth[x]);
        }
        return max;
    }

    /** Bytes of heap held by the topology's arrays (16-byte array headers included). */
    public long arrayBytes() {
        return 16L * 5 + 4L * (rank.length + nodeAtRank.length + upStart.length + edgeHigh.length + arcEdge.length);
    }
}
