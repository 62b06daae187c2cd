package corridor.routing.hierarchy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A contraction order that does not depend on any weight: nested dissection by inertial flow, as
 * RoutingKit computes it for customizable contraction hierarchies (Dibbelt, Strasser, Wagner).
 * A connected part of the graph is cut by a small set of nodes (a vertex separator) into two
 * sides; the separator gets the highest ranks of the part, each side is ordered the same way
 * below it, and parts that fall apart into components are ordered component by component.
 *
 * <p>Each cut is the smallest of four inertial-flow cuts: the nodes are projected on four
 * directions (latitude, longitude and the two diagonals), the first 35% of each projection
 * are sources and the last 35% sinks, and the minimum vertex cut between them is found by
 * maximum flow with unit node capacities ({@link VertexCut}); the four flows are advanced
 * together, the smallest first, so only the winning one runs to its end.
 *
 * <p>Dead ends and degree-2 chains are ranked first and without cuts ({@link ChainReduction}); the
 * dissection runs on the rest, the core of junctions where three or more roads meet.
 *
 * <p>Stateless; each call holds its own working memory.
 */
public final class NestedDissection {

    /**
     * Percent of a part's nodes taken as sources, and as many as sinks. RoutingKit's 25 left cuts
     * anywhere in the middle half; 35 gave fewer hierarchy edges, a shallower elimination tree and a
     * fifth less flow work, on the generated road hierarchy (3.62 edges a segment against 3.66, depth
     * 196 against 222) and on a uniform grid (300 × 300: 2.03 million edges against 2.20, depth 986
     * against 1,387), bench/README.md.
     */
    static final int TERMINAL_PERCENT = 35;

    private NestedDissection() {
    }

    /**
     * The rank of every node, 0 (contracted first) to {@code nodeCount - 1}.
     *
     * @param arcTail   tail node of each arc (arcs are read as undirected edges; self-loops ignored)
     * @param arcHead   head node of each arc
     * @param latitude  per node, degrees
     * @param longitude per node, degrees
     */
    public static int[] ranks(int nodeCount, int[] arcTail, int[] arcHead, double[] latitude, double[] longitude) {
        return ranks(nodeCount, arcTail, arcHead, latitude, longitude, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #ranks(int, int[], int[], double[], double[])} on at most {@code threads} threads. */
    static int[] ranks(int nodeCount, int[] arcTail, int[] arcHead, double[] latitude, double[] longitude,
                       int threads) {
        int[][] adjacency = undirected(nodeCount, arcTail, arcHead);
        ChainReduction reduced = ChainReduction.of(nodeCount, adjacency[0], adjacency[1]);
        int[] rank = new int[nodeCount];
        for (int i = 0; i < reduced.removed; i++) {
            rank[reduced.order[i]] = i;
        }
        int k = reduced.core.length;
        double[] lat = new double[k];
        double[] lon = new double[k];
        for (int i = 0; i < k; i++) {
            lat[i] = latitude[reduced.core[i]];
            lon[i] = longitude[reduced.core[i]];
        }
        int[] coreRank = new Dissector(k, reduced.coreStart, reduced.coreAdj, lat, lon).run(threads);
        for (int i = 0; i < k; i++) {
            rank[reduced.core[i]] = reduced.removed + coreRank[i];
        }
        return rank;
    }

    /** Undirected adjacency in CSR ({start, neighbours}), each edge once per end, duplicates removed. */
    static int[][] undirected(int n, int[] tail, int[] head) {
        int[] degree = new int[n + 1];
        for (int a = 0; a < tail.length; a++) {
            if (tail[a] != head[a]) {
                degree[tail[a] + 1]++;
                degree[head[a] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            degree[v + 1] += degree[v];
        }
        int[] adj = new int[degree[n]];
        int[] next = Arrays.copyOf(degree, n);
        for (int a = 0; a < tail.length; a++) {
            if (tail[a] != head[a]) {
                adj[next[tail[a]]++] = head[a];
                adj[next[head[a]]++] = tail[a];
            }
        }
        int[] start = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            int from = degree[v];
            int to = degree[v + 1];
            Arrays.sort(adj, from, to);
            for (int j = from; j < to; j++) {
                if (j == from || adj[j] != adj[j - 1]) {
                    adj[w++] = adj[j];
                }
            }
            start[v + 1] = w;
        }
        return new int[][] {start, Arrays.copyOf(adj, w)};
    }

    /**
     * The recursion over parts: a part's nodes get the ranks just below {@code rankEnd}. The two
     * sides of a cut (and the components of a part) are ordered independently, so parts of
     * {@link #PARALLEL_NODES} nodes and more are handed to a fork-join pool of one thread a
     * processor; smaller ones are worked through as a stack in the thread that made them. The
     * ranks are the same whatever the threads.
     */
    private static final class Dissector {

        /** Parts below this size are not split across threads. */
        static final int PARALLEL_NODES = 20_000;

        private record Part(int[] nodes, int rankEnd) {
        }

        /** One thread's working arrays: a node's index in the part being split, and which split marked it. */
        private static final class Scratch {
            final int[] local;
            final int[] owner;
            int stamp;

            Scratch(int n) {
                local = new int[n];
                owner = new int[n];
            }
        }

        private final int[] start;
        private final int[] adj;
        private final double[] lat;
        private final double[] lon;
        private final int[] rank;
        private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> idle =
                new java.util.concurrent.ConcurrentLinkedQueue<>();

        Dissector(int n, int[] start, int[] adj, double[] lat, double[] lon) {
            this.start = start;
            this.adj = adj;
            this.lat = lat;
            this.lon = lon;
            rank = new int[n];
        }

        int[] run(int threads) {
            int n = rank.length;
            int[] all = new int[n];
            for (int v = 0; v < n; v++) {
                all[v] = v;
            }
            Part whole = new Part(all, n);
            if (threads <= 1 || n < PARALLEL_NODES) {
                Scratch scratch = new Scratch(n);
                inOneThread(whole, scratch);
                return rank;
            }
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.invoke(new PartTask(whole));
            } finally {
                pool.shutdown();
            }
            return rank;
        }

        private void inOneThread(Part first, Scratch scratch) {
            Deque<Part> parts = new ArrayDeque<>();
            parts.push(first);
            while (!parts.isEmpty()) {
                split(parts.pop(), parts, scratch);
            }
        }

        /** A large part: split here, its parts forked. */
        private final class PartTask extends java.util.concurrent.RecursiveAction {

            private final Part part;

            PartTask(Part part) {
                this.part = part;
            }

            @Override
            protected void compute() {
                Scratch scratch = idle.poll();
                if (scratch == null) {
                    scratch = new Scratch(rank.length);
                }
                Deque<Part> parts = new ArrayDeque<>();
                try {
                    if (part.nodes().length < PARALLEL_NODES) {
                        inOneThread(part, scratch);
                        return;
                    }
                    split(part, parts, scratch);
                } finally {
                    idle.add(scratch);
                }
                invokeAll(parts.stream().map(PartTask::new).toList());
            }
        }

        private void split(Part part, Deque<Part> parts, Scratch scratch) {
            int[] nodes = part.nodes();
            int k = nodes.length;
            if (k <= 2) {
                // one node, or two: either may go first, the other is the separator
                for (int i = 0; i < k; i++) {
                    rank[nodes[i]] = part.rankEnd() - k + i;
                }
                return;
            }
            int stamp = ++scratch.stamp;
            int[] owner = scratch.owner;
            int[] local = scratch.local;
            for (int i = 0; i < k; i++) {
                owner[nodes[i]] = stamp;
                local[nodes[i]] = i;
            }
            int[] subStart = new int[k + 1];
            for (int i = 0; i < k; i++) {
                int v = nodes[i];
                int d = 0;
                for (int j = start[v]; j < start[v + 1]; j++) {
                    d += owner[adj[j]] == stamp ? 1 : 0;
                }
                subStart[i + 1] = subStart[i] + d;
            }
            int[] subAdj = new int[subStart[k]];
            for (int i = 0, w = 0; i < k; i++) {
                int v = nodes[i];
                for (int j = start[v]; j < start[v + 1]; j++) {
                    if (owner[adj[j]] == stamp) {
                        subAdj[w++] = local[adj[j]];
                    }
                }
            }
            int[] component = components(k, subStart, subAdj);
            int count = 0;
            for (int c : component) {
                count = Math.max(count, c + 1);
            }
            if (count > 1) {
                pushComponents(nodes, component, count, part.rankEnd(), parts);
                return;
            }
            byte[] side = bestCut(nodes, subStart, subAdj);
            int[] sizes = new int[3];
            for (byte s : side) {
                sizes[s]++;
            }
            int[][] groups = {new int[sizes[0]], new int[sizes[1]], new int[sizes[2]]};
            int[] fill = new int[3];
            for (int i = 0; i < k; i++) {
                groups[side[i]][fill[side[i]]++] = nodes[i];
            }
            int end = part.rankEnd();
            for (int i = 0; i < groups[1].length; i++) {
                rank[groups[1][i]] = end - groups[1].length + i;
            }
            end -= groups[1].length;
            if (groups[0].length > 0) {
                parts.push(new Part(groups[0], end));
            }
            if (groups[2].length > 0) {
                parts.push(new Part(groups[2], end - groups[0].length));
            }
        }

        private void pushComponents(int[] nodes, int[] component, int count, int rankEnd, Deque<Part> parts) {
            int[] size = new int[count];
            for (int c : component) {
                size[c]++;
            }
            int[][] groups = new int[count][];
            for (int c = 0; c < count; c++) {
                groups[c] = new int[size[c]];
            }
            int[] fill = new int[count];
            for (int i = 0; i < nodes.length; i++) {
                groups[component[i]][fill[component[i]]++] = nodes[i];
            }
            int end = rankEnd;
            for (int c = 0; c < count; c++) {
                parts.push(new Part(groups[c], end));
                end -= size[c];
            }
        }

        private static int[] components(int k, int[] subStart, int[] subAdj) {
            int[] component = new int[k];
            Arrays.fill(component, -1);
            int[] queue = new int[k];
            int count = 0;
            for (int s = 0; s < k; s++) {
                if (component[s] >= 0) {
                    continue;
                }
                int tail = 0;
                queue[tail++] = s;
                component[s] = count;
                for (int h = 0; h < tail; h++) {
                    int x = queue[h];
                    for (int j = subStart[x]; j < subStart[x + 1]; j++) {
                        if (component[subAdj[j]] < 0) {
                            component[subAdj[j]] = count;
                            queue[tail++] = subAdj[j];
                        }
                    }
                }
                count++;
            }
            return component;
        }

        /** The smallest of the four directions' cuts of one connected part. */
        private byte[] bestCut(int[] nodes, int[] subStart, int[] subAdj) {
            int k = nodes.length;
            SplitNetwork net = new SplitNetwork(k, subStart, subAdj);
            int terminals = Math.max(1, k * TERMINAL_PERCENT / 100);
            VertexCut[] cuts = new VertexCut[4];
            long[] byProjection = new long[k];
            for (int d = 0; d < 4; d++) {
                // the projection's order bits above the local index: one primitive sort
                for (int i = 0; i < k; i++) {
                    byProjection[i] = (long) orderBits((float) projection(nodes[i], d)) << 32 | i;
                }
                Arrays.sort(byProjection);
                boolean[] source = new boolean[k];
                boolean[] sink = new boolean[k];
                for (int i = 0; i < terminals; i++) {
                    source[(int) byProjection[i]] = true;
                    sink[(int) byProjection[k - 1 - i]] = true;
                }
                cuts[d] = new VertexCut(net, source, sink);
            }
            while (true) {
                VertexCut smallest = cuts[0];
                for (VertexCut c : cuts) {
                    if (c.value() < smallest.value()) {
                        smallest = c;
                    }
                }
                if (smallest.finished()) {
                    return smallest.sides();
                }
                smallest.advance();
            }
        }

        /** An int whose signed order is the float's. */
        private static int orderBits(float f) {
            int bits = Float.floatToIntBits(f);
            return bits ^ ((bits >> 31) & 0x7fffffff);
        }

        private double projection(int v, int direction) {
            return switch (direction) {
                case 0 -> lat[v];
                case 1 -> lon[v];
                case 2 -> lat[v] + lon[v];
                default -> lat[v] - lon[v];
            };
        }
    }
}
