package corridor.routing.hierarchy;

/**
 * The flow network of one connected fragment for a vertex cut: each node v is split into
 * {@code in(v) = 2v} and {@code out(v) = 2v + 1} joined by an arc of capacity 1, and each
 * undirected edge {v, w} gives arcs {@code out(v) → in(w)} and {@code out(w) → in(v)} of unbounded
 * capacity. Arcs come in pairs, arc {@code a} and its reverse {@code a ^ 1} (capacity 0), so that a
 * minimum cut is a set of nodes: a vertex separator. Shared by the four directions of
 * {@link NestedDissection}, each of which keeps its own flow ({@link VertexCut}).
 */
final class SplitNetwork {

    static final byte UNBOUNDED = 100;

    final int nodes;
    final int[] start;
    final int[] arcs;
    final int[] head;
    final byte[] capacity;
    /** The fragment's own adjacency (CSR over local nodes), as given. */
    final int[] adjStart;
    final int[] adj;

    /** @param adjStart CSR over {@code nodes} local nodes, each undirected edge listed from both ends */
    SplitNetwork(int nodes, int[] adjStart, int[] adj) {
        this.nodes = nodes;
        this.adjStart = adjStart;
        this.adj = adj;
        int pairs = nodes + adjStart[nodes];
        head = new int[2 * pairs];
        capacity = new byte[2 * pairs];
        int[] tail = new int[2 * pairs];
        for (int v = 0; v < nodes; v++) {
            set(tail, 2 * v, 2 * v, 2 * v + 1, (byte) 1);
        }
        for (int v = 0; v < nodes; v++) {
            for (int j = adjStart[v]; j < adjStart[v + 1]; j++) {
                int w = adj[j];
                set(tail, 2 * (nodes + j), 2 * v + 1, 2 * w, UNBOUNDED);
            }
        }
        start = new int[2 * nodes + 1];
        for (int t : tail) {
            start[t + 1]++;
        }
        for (int x = 0; x < 2 * nodes; x++) {
            start[x + 1] += start[x];
        }
        arcs = new int[tail.length];
        int[] next = java.util.Arrays.copyOf(start, 2 * nodes);
        for (int a = 0; a < tail.length; a++) {
            arcs[next[tail[a]]++] = a;
        }
    }

    private void set(int[] tail, int a, int from, int to, byte cap) {
        tail[a] = from;
        head[a] = to;
        capacity[a] = cap;
        tail[a + 1] = to;
        head[a + 1] = from;
        capacity[a + 1] = 0;
    }
}
