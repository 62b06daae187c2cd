package corridor.model.network;

import java.util.Arrays;

/**
 * The ways out of each junction of a {@link RoadLayer}, in compressed rows: every segment that may
 * be driven away from a junction (from its from-junction; from its to-junction too unless it is
 * one-way), junction by junction in segment order. What the searches over the streets walk:
 * routing's turn-by-turn directions and monitor's road matcher. Immutable; thread-safe.
 */
public final class RoadArcs {

    private final int[] start;
    /** segment × 2, plus 1 when the arc drives its segment against the drawing direction. */
    private final int[] arcs;
    /** The junction each arc leads to. */
    private final int[] heads;

    private RoadArcs(RoadLayer roads) {
        int n = roads.junctionCount();
        int m = roads.segmentCount();
        start = new int[n + 1];
        for (int s = 0; s < m; s++) {
            start[roads.from(s) + 1]++;
            if (!roads.isOneWay(s)) {
                start[roads.to(s) + 1]++;
            }
        }
        for (int j = 0; j < n; j++) {
            start[j + 1] += start[j];
        }
        arcs = new int[start[n]];
        heads = new int[start[n]];
        int[] next = Arrays.copyOf(start, n);
        for (int s = 0; s < m; s++) {
            int forward = next[roads.from(s)]++;
            arcs[forward] = 2 * s;
            heads[forward] = roads.to(s);
            if (!roads.isOneWay(s)) {
                int backward = next[roads.to(s)]++;
                arcs[backward] = 2 * s + 1;
                heads[backward] = roads.from(s);
            }
        }
    }

    /** The ways out of every junction of {@code roads} (about 12 bytes a segment driven either way). */
    public static RoadArcs of(RoadLayer roads) {
        return new RoadArcs(roads);
    }

    /** The first way out of {@code junction}; its ways out end where those of {@code junction + 1} start. */
    public int first(int junction) {
        return start[junction];
    }

    /** Where the ways out of {@code junction} end (exclusive). */
    public int end(int junction) {
        return start[junction + 1];
    }

    /** The segment way out {@code arc} drives. */
    public int segment(int arc) {
        return arcs[arc] >>> 1;
    }

    /** Whether way out {@code arc} drives its segment against the drawing direction (from its to-junction). */
    public boolean backwards(int arc) {
        return (arcs[arc] & 1) != 0;
    }

    /** The junction way out {@code arc} leads to. */
    public int head(int arc) {
        return heads[arc];
    }
}
