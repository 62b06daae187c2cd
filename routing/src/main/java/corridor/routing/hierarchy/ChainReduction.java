package corridor.routing.hierarchy;

import java.util.Arrays;

/**
 * The first ranks of a nested-dissection order, given without any cut: dead ends and degree-2
 * chains, which make up most of a road network's junctions. Nodes of degree 0 or 1 are peeled
 * repeatedly (whole trees hanging off the network), each contracted before the node it hangs on:
 * no shortcut. Then every maximal chain of degree-2 nodes between two other nodes {@code u} and
 * {@code w} is contracted, each chain in bisection order (the middle last, so that a query climbs
 * log₂ of its length): the shortcuts it leaves are the chain's own and one edge {@code u – w}. What
 * remains, the core, is the graph of the nodes of degree 3 and more joined by those edges; the
 * dissection runs on it alone and its ranks follow the chains'.
 *
 * <p>Any such prefix is exact: an order is only ever a matter of speed, and contracting a node of
 * degree at most 2 adds at most the one edge it stands for.
 */
final class ChainReduction {

    /** Nodes in contraction order: the peeled trees, then the chains; {@code removed} of them. */
    final int[] order;
    final int removed;
    /** The core's nodes (graph node ids), and its undirected adjacency in CSR over their indexes. */
    final int[] core;
    final int[] coreStart;
    final int[] coreAdj;

    private ChainReduction(int[] order, int removed, int[] core, int[][] coreAdjacency) {
        this.order = order;
        this.removed = removed;
        this.core = core;
        this.coreStart = coreAdjacency[0];
        this.coreAdj = coreAdjacency[1];
    }

    /** Reduces the undirected graph {@code start}/{@code adj} (CSR, each edge from both ends, no loops or repeats). */
    static ChainReduction of(int n, int[] start, int[] adj) {
        int[] degree = new int[n];
        boolean[] gone = new boolean[n];
        int[] order = new int[n];
        int count = peel(n, start, adj, degree, gone, order);
        int peeled = count;
        // chains: walked from every core node, then pure cycles (no core node) are given one
        int[] chainEnd = new int[n];
        Arrays.fill(chainEnd, -1);
        boolean[] isCore = new boolean[n];
        for (int v = 0; v < n; v++) {
            isCore[v] = !gone[v] && degree[v] != 2;
        }
        int[] chain = new int[16];
        IntList coreTail = new IntList();
        IntList coreHead = new IntList();
        for (int pass = 0; pass < 2; pass++) {
            for (int u = 0; u < n; u++) {
                if (pass == 0 && !isCore[u]) {
                    continue;
                }
                if (pass == 1) {
                    if (gone[u] || isCore[u] || chainEnd[u] >= 0) {
                        continue;
                    }
                    isCore[u] = true; // a ring of degree-2 nodes alone: one of them stands for it in the core
                }
                for (int j = start[u]; j < start[u + 1]; j++) {
                    int w = adj[j];
                    if (gone[w]) {
                        continue;
                    }
                    if (isCore[w]) {
                        coreTail.add(u);
                        coreHead.add(w);
                        continue;
                    }
                    if (chainEnd[w] >= 0) {
                        continue; // walked from its other end (or from this end along the ring)
                    }
                    int length = 0;
                    int previous = u;
                    int at = w;
                    while (!isCore[at]) {
                        if (length == chain.length) {
                            chain = Arrays.copyOf(chain, length * 2);
                        }
                        chain[length++] = at;
                        int next = otherNeighbour(start, adj, gone, at, previous);
                        previous = at;
                        at = next;
                    }
                    for (int i = 0; i < length; i++) {
                        chainEnd[chain[i]] = at;
                    }
                    count = bisectionOrder(chain, length, order, count);
                    if (at != u) {
                        coreTail.add(u);
                        coreHead.add(at);
                    }
                }
            }
        }
        int removed = count;
        int[] coreIndex = new int[n];
        int[] core = new int[n - removed];
        for (int v = 0, k = 0; v < n; v++) {
            if (isCore[v]) {
                coreIndex[v] = k;
                core[k++] = v;
            }
        }
        int[] tail = new int[coreTail.size()];
        int[] head = new int[coreTail.size()];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = coreIndex[coreTail.get(i)];
            head[i] = coreIndex[coreHead.get(i)];
        }
        assert peeled <= removed;
        return new ChainReduction(order, removed, core, NestedDissection.undirected(core.length, tail, head));
    }

    /** Degree 0 and 1 nodes, repeatedly, into {@code order}; leaves the remaining degrees. Returns how many. */
    private static int peel(int n, int[] start, int[] adj, int[] degree, boolean[] gone, int[] order) {
        int[] queue = order; // peeled nodes are queued exactly once, in the order they are peeled
        int tail = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = start[v + 1] - start[v];
            if (degree[v] <= 1) {
                queue[tail++] = v;
                gone[v] = true;
            }
        }
        for (int h = 0; h < tail; h++) {
            int v = queue[h];
            for (int j = start[v]; j < start[v + 1]; j++) {
                int w = adj[j];
                if (!gone[w] && --degree[w] <= 1) {
                    queue[tail++] = w;
                    gone[w] = true;
                }
            }
        }
        return tail;
    }

    /** The neighbour of degree-2 node {@code v} still in the graph other than {@code previous}. */
    private static int otherNeighbour(int[] start, int[] adj, boolean[] gone, int v, int previous) {
        int first = -1;
        for (int j = start[v]; j < start[v + 1]; j++) {
            int w = adj[j];
            if (!gone[w]) {
                if (w != previous) {
                    return w;
                }
                first = w;
            }
        }
        return first; // a ring of two: back where it came from
    }

    /**
     * Appends a chain's nodes in bisection order: position i (from 1) by the trailing zeros of i,
     * so that no two nodes of one round are neighbours and the middle node comes last.
     */
    private static int bisectionOrder(int[] chain, int length, int[] order, int count) {
        for (int level = 0; (1 << level) <= length; level++) {
            for (int i = 1 << level; i <= length; i += 2 << level) {
                order[count++] = chain[i - 1];
            }
        }
        return count;
    }
}
