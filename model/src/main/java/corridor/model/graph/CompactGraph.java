package corridor.model.graph;

import java.util.Arrays;

/**
 * The one compact directed graph of the engines' searches, in compressed sparse rows: nodes
 * {@code 0..nodeCount()-1}; the arcs out of node {@code u} are {@code firstArc(u) .. endArc(u) - 1},
 * in the order they were added; each arc has a head node, a length in km and the segment (a road
 * segment, a corridor link: whatever numbered line the caller's arcs drive) with the direction it is
 * driven in, or no segment ({@link #NO_SEGMENT}) for a connector that drives none.
 *
 * <p>Memory: 4 bytes a node plus 16 bytes an arc (head, segment and direction, length as a double).
 *
 * <p>Immutable once built ({@link Builder}); thread-safe to share between searches.
 */
public final class CompactGraph {

    /** The segment of an arc that drives none (a connector between two ends at one place). */
    public static final int NO_SEGMENT = -1;

    private final int[] firstArc;
    private final int[] head;
    /** 2 × segment, plus 1 when driven against its drawing direction; -1 for no segment. */
    private final int[] segmentCode;
    private final double[] lengthKm;

    private CompactGraph(int[] firstArc, int[] head, int[] segmentCode, double[] lengthKm) {
        this.firstArc = firstArc;
        this.head = head;
        this.segmentCode = segmentCode;
        this.lengthKm = lengthKm;
    }

    /** A builder of a graph of {@code nodeCount} nodes (numbered from 0). */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    /** Number of nodes. */
    public int nodeCount() {
        return firstArc.length - 1;
    }

    /** Number of arcs. */
    public int arcCount() {
        return head.length;
    }

    /** The first arc out of {@code node}. */
    public int firstArc(int node) {
        return firstArc[node];
    }

    /** Where the arcs out of {@code node} end (exclusive): the first arc of {@code node + 1}. */
    public int endArc(int node) {
        return firstArc[node + 1];
    }

    /** The node {@code arc} leads to. */
    public int head(int arc) {
        return head[arc];
    }

    /** The length of {@code arc}, km. */
    public double lengthKm(int arc) {
        return lengthKm[arc];
    }

    /** The segment {@code arc} drives, or {@link #NO_SEGMENT}. */
    public int segment(int arc) {
        int code = segmentCode[arc];
        return code < 0 ? NO_SEGMENT : code >>> 1;
    }

    /** Whether {@code arc} drives its segment against the segment's drawing direction (false for no segment). */
    public boolean backwards(int arc) {
        int code = segmentCode[arc];
        return code >= 0 && (code & 1) != 0;
    }

    /** Bytes of heap the graph's arrays take. */
    public long arrayBytes() {
        return 16 + 4L * firstArc.length + 16 + 4L * head.length + 16 + 4L * segmentCode.length
                + 16 + 8L * lengthKm.length;
    }

    /**
     * Collects arcs in any order and builds the rows: arcs keep the order they were added in among those of
     * their tail. Not thread-safe; a builder builds one graph.
     */
    public static final class Builder {

        private final int nodeCount;
        private int[] tail = new int[16];
        private int[] head = new int[16];
        private int[] segmentCode = new int[16];
        private double[] lengthKm = new double[16];
        private int size;

        private Builder(int nodeCount) {
            if (nodeCount < 0) {
                throw new IllegalArgumentException("negative node count " + nodeCount);
            }
            this.nodeCount = nodeCount;
        }

        /**
         * Adds an arc from {@code tailNode} to {@code headNode}, {@code lengthKm} long (finite, not negative),
         * driving {@code segment} (non-negative, or {@link #NO_SEGMENT}) forwards or {@code backwards}.
         *
         * @return this builder
         * @throws IllegalArgumentException on a node out of range, a bad length or segment
         */
        public Builder addArc(int tailNode, int headNode, double lengthKm, int segment, boolean backwards) {
            if (tailNode < 0 || tailNode >= nodeCount || headNode < 0 || headNode >= nodeCount) {
                throw new IllegalArgumentException("arc " + tailNode + " -> " + headNode + " outside nodes 0.."
                        + (nodeCount - 1));
            }
            if (!(lengthKm >= 0) || Double.isInfinite(lengthKm)) {
                throw new IllegalArgumentException("arc " + tailNode + " -> " + headNode + " has length " + lengthKm
                        + " km");
            }
            if (segment < NO_SEGMENT || segment > Integer.MAX_VALUE / 2 - 1) {
                throw new IllegalArgumentException("arc " + tailNode + " -> " + headNode + " has segment " + segment);
            }
            if (size == tail.length) {
                int capacity = size * 2;
                tail = Arrays.copyOf(tail, capacity);
                head = Arrays.copyOf(head, capacity);
                segmentCode = Arrays.copyOf(segmentCode, capacity);
                this.lengthKm = Arrays.copyOf(this.lengthKm, capacity);
            }
            tail[size] = tailNode;
            head[size] = headNode;
            segmentCode[size] = segment == NO_SEGMENT ? -1 : 2 * segment + (backwards ? 1 : 0);
            this.lengthKm[size] = lengthKm;
            size++;
            return this;
        }

        /** The graph of the arcs added so far (a stable counting sort by tail). */
        public CompactGraph build() {
            int[] first = new int[nodeCount + 1];
            for (int i = 0; i < size; i++) {
                first[tail[i] + 1]++;
            }
            for (int u = 0; u < nodeCount; u++) {
                first[u + 1] += first[u];
            }
            int[] next = Arrays.copyOf(first, nodeCount);
            int[] heads = new int[size];
            int[] codes = new int[size];
            double[] lengths = new double[size];
            for (int i = 0; i < size; i++) {
                int at = next[tail[i]]++;
                heads[at] = head[i];
                codes[at] = segmentCode[i];
                lengths[at] = lengthKm[i];
            }
            return new CompactGraph(first, heads, codes, lengths);
        }
    }
}
