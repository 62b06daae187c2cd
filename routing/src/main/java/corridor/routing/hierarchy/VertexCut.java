package corridor.routing.hierarchy;

import java.util.Arrays;

/**
 * A maximum flow, by Dinic's blocking flows, from a set of source nodes to a set of sink nodes of
 * a {@link SplitNetwork}, advanced one phase at a time so that several directions can race
 * (inertial flow): the direction whose flow is smallest is advanced, and the first to finish has
 * the smallest cut. When finished, {@link #sourceSide} gives the minimum vertex cut.
 * Not thread-safe.
 */
final class VertexCut {

    private final SplitNetwork net;
    private final boolean[] source;
    private final boolean[] sink;
    private final byte[] flow;
    private final int[] level;
    private final int[] current;
    private final int[] queue;
    private final int[] pathArc;
    /** The sources with a neighbour that is not one: every augmenting path may start at one of them. */
    private final int[] seeds;
    /** How many nodes the last breadth-first search put in {@link #queue}: the ones with a level. */
    private int reached;
    private int value;
    private boolean finished;

    VertexCut(SplitNetwork net, boolean[] source, boolean[] sink) {
        this.net = net;
        this.source = source;
        this.sink = sink;
        flow = new byte[net.head.length];
        level = new int[2 * net.nodes];
        Arrays.fill(level, -1);
        current = new int[2 * net.nodes];
        queue = new int[2 * net.nodes];
        pathArc = new int[2 * net.nodes];
        seeds = boundary(net, source);
    }

    private static int[] boundary(SplitNetwork net, boolean[] source) {
        IntList seeds = new IntList();
        for (int s = 0; s < net.nodes; s++) {
            if (source[s]) {
                for (int j = net.adjStart[s]; j < net.adjStart[s + 1]; j++) {
                    if (!source[net.adj[j]]) {
                        seeds.add(s);
                        break;
                    }
                }
            }
        }
        return seeds.toArray();
    }

    int value() {
        return value;
    }

    boolean finished() {
        return finished;
    }

    /** One phase: levels by breadth-first search, then a blocking flow along them. */
    void advance() {
        if (!levels()) {
            finished = true;
            return;
        }
        System.arraycopy(net.start, 0, current, 0, current.length);
        for (int s : seeds) {
            while (augmentFrom(2 * s)) {
                value++;
            }
        }
    }

    private int residual(int a) {
        return net.capacity[a] - flow[a];
    }

    /**
     * Levels from the boundary sources' in-nodes (a path through a source inside the sources' set
     * is never shorter than one from the boundary); whether a sink's out-node is reachable. The
     * search stops at the level of the first sink's out-node and never goes on from a sink's
     * out-node: no shortest augmenting path goes further. A search that reaches no sink has gone
     * everywhere the residual network leads.
     */
    private boolean levels() {
        // only the nodes the last search reached have a level: clearing them is cheaper than all
        for (int i = 0; i < reached; i++) {
            level[queue[i]] = -1;
        }
        int tail = 0;
        for (int s : seeds) {
            level[2 * s] = 0;
            queue[tail++] = 2 * s;
        }
        int sinkLevel = -1;
        for (int h = 0; h < tail; h++) {
            int x = queue[h];
            if (sinkLevel >= 0 && level[x] >= sinkLevel) {
                break;
            }
            if ((x & 1) == 1 && sink[x >>> 1]) {
                sinkLevel = level[x];
                continue;
            }
            for (int i = net.start[x]; i < net.start[x + 1]; i++) {
                int a = net.arcs[i];
                int y = net.head[a];
                if (level[y] < 0 && residual(a) > 0) {
                    level[y] = level[x] + 1;
                    queue[tail++] = y;
                }
            }
        }
        reached = tail;
        return sinkLevel >= 0;
    }

    /** One augmenting path along the levels from {@code start}, pushed; false when there is none. */
    private boolean augmentFrom(int start) {
        if (level[start] < 0) {
            return false;
        }
        int depth = 0;
        int x = start;
        while (true) {
            if ((x & 1) == 1 && sink[x >>> 1]) {
                for (int d = 0; d < depth; d++) {
                    flow[pathArc[d]]++;
                    flow[pathArc[d] ^ 1]--;
                }
                return true;
            }
            boolean moved = false;
            for (; current[x] < net.start[x + 1]; current[x]++) {
                int a = net.arcs[current[x]];
                int y = net.head[a];
                if (level[y] == level[x] + 1 && residual(a) > 0) {
                    pathArc[depth++] = a;
                    x = y;
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                level[x] = -1; // a dead end for the rest of the phase
                if (depth == 0) {
                    return false;
                }
                int back = pathArc[--depth];
                x = net.head[back ^ 1];
                current[x]++;
            }
        }
    }

    /**
     * After {@link #finished()}: 0 for a node on the sources' side, 1 for a node of the
     * separator, 2 for the sinks' side. Uses the levels of the last (failed) search, which
     * are exactly the nodes reachable in the residual network from the boundary sources.
     */
    byte[] sides() {
        byte[] side = new byte[net.nodes];
        for (int v = 0; v < net.nodes; v++) {
            boolean in = level[2 * v] >= 0;
            boolean out = level[2 * v + 1] >= 0;
            // a source inside the sources' set is never reached, and on their side
            side[v] = (byte) (out ? 0 : in ? 1 : source[v] ? 0 : 2);
        }
        return side;
    }
}
