package corridor.model.graph;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One-to-many shortest paths over a {@link CompactGraph} by arc length (km), bounded: a search settles
 * every node within {@code boundKm} of its source in order of distance and stops there, or earlier once
 * every node it was given as a target is settled. Distances and predecessor arcs are read afterwards for
 * the settled nodes. Arcs of skipped segments are not driven and closed nodes are not entered (the source
 * itself is always settled).
 *
 * <p>The working memory (distances, predecessors, the {@link MinHeap}) is allocated once per graph and
 * reset by the list of nodes the last search touched, so a search costs what it visits, not the graph's
 * size, and allocates nothing once warm.
 *
 * <p>Not thread-safe: one instance per search thread over a shared graph.
 */
public final class BoundedDijkstra {

    private final CompactGraph graph;
    private final double[] distanceKm;
    private final int[] predecessorArc;
    private final int[] predecessorNode;
    private final boolean[] settled;
    private final boolean[] target;
    private final MinHeap heap = new MinHeap();
    private int[] touched = new int[64];
    private int touchedCount;
    private int source = -1;

    /** Working memory for searches over {@code graph}: about 22 bytes a node. */
    public BoundedDijkstra(CompactGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        distanceKm = new double[n];
        Arrays.fill(distanceKm, Double.POSITIVE_INFINITY);
        predecessorArc = new int[n];
        Arrays.fill(predecessorArc, -1);
        predecessorNode = new int[n];
        settled = new boolean[n];
        target = new boolean[n];
    }

    /** The graph searched. */
    public CompactGraph graph() {
        return graph;
    }

    /** Settles every node within {@code boundKm} of {@code source} (all it reaches when the bound is infinite). */
    public void search(int source, double boundKm) {
        search(source, boundKm, null, null, null, 0);
    }

    /**
     * Settles the nodes nearest {@code source} in order of distance, up to {@code boundKm} or until each of the
     * first {@code targetCount} of {@code targets} is settled, whichever comes first.
     *
     * @param skippedSegments segments whose arcs are not driven; null for none
     * @param closedNodes     nodes not entered; null for none
     * @param targets         the nodes whose distances are wanted (repeats allowed); null, or a count of 0, to
     *                        search up to the bound
     */
    public void search(int source, double boundKm, BitSet skippedSegments, BitSet closedNodes, int[] targets,
                       int targetCount) {
        reset();
        this.source = source;
        int waiting = 0;
        for (int i = 0; i < targetCount; i++) {
            if (!target[targets[i]]) {
                target[targets[i]] = true;
                waiting++;
            }
        }
        label(source, 0, -1, -1);
        heap.push(0, source);
        while (!heap.isEmpty()) {
            double d = heap.peekKey();
            if (d > boundKm) {
                break;
            }
            int u = heap.pop();
            if (settled[u] || d > distanceKm[u]) {
                continue;
            }
            settled[u] = true;
            if (target[u] && --waiting == 0) {
                break;
            }
            for (int arc = graph.firstArc(u), end = graph.endArc(u); arc < end; arc++) {
                int v = graph.head(arc);
                double dv = d + graph.lengthKm(arc);
                if (dv < distanceKm[v] && !skipped(arc, skippedSegments)
                        && (closedNodes == null || !closedNodes.get(v))) {
                    label(v, dv, arc, u);
                    heap.push(dv, v);
                }
            }
        }
        for (int i = 0; i < targetCount; i++) {
            target[targets[i]] = false;
        }
    }

    private boolean skipped(int arc, BitSet skippedSegments) {
        if (skippedSegments == null) {
            return false;
        }
        int segment = graph.segment(arc);
        return segment != CompactGraph.NO_SEGMENT && skippedSegments.get(segment);
    }

    private void label(int node, double km, int arc, int from) {
        if (distanceKm[node] == Double.POSITIVE_INFINITY) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = node;
        }
        distanceKm[node] = km;
        predecessorArc[node] = arc;
        predecessorNode[node] = from;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int node = touched[i];
            distanceKm[node] = Double.POSITIVE_INFINITY;
            predecessorArc[node] = -1;
            settled[node] = false;
        }
        touchedCount = 0;
        heap.clear();
    }

    /** The source of the last search, or -1 before the first. */
    public int source() {
        return source;
    }

    /** Whether the last search settled {@code node}: its distance and path are final. */
    public boolean isSettled(int node) {
        return settled[node];
    }

    /** The distance of {@code node} from the last search's source, km, when settled; infinite otherwise. */
    public double distanceKm(int node) {
        return settled[node] ? distanceKm[node] : Double.POSITIVE_INFINITY;
    }

    /**
     * The last arc of the shortest path from the last search's source to {@code node} (settled); -1 at the source
     * and for a node not settled. The whole path: {@link #pathArcs}.
     */
    public int predecessorArc(int node) {
        return settled[node] ? predecessorArc[node] : -1;
    }

    /**
     * The node before {@code node} on its shortest path from the last search's source; -1 at the source and for a
     * node not settled.
     */
    public int predecessorNode(int node) {
        return settled[node] ? predecessorNode[node] : -1;
    }

    /**
     * The arcs of the shortest path from the last search's source to {@code node}, in driving order; empty at
     * the source; null when {@code node} was not settled.
     */
    public int[] pathArcs(int node) {
        if (!settled[node]) {
            return null;
        }
        int count = 0;
        for (int v = node; v != source; v = predecessorNode[v]) {
            count++;
        }
        int[] arcs = new int[count];
        for (int v = node; v != source; v = predecessorNode[v]) {
            arcs[--count] = predecessorArc[v];
        }
        return arcs;
    }
}
