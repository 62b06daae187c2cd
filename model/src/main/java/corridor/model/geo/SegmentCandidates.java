package corridor.model.geo;

import java.util.Arrays;

/**
 * A reusable list of the segments near a position ({@link SegmentIndex#candidates}): at most one entry a
 * segment, its point nearest the position, with the offset of that point along the segment (km from its
 * first point) and its distance from the position (km). Memory: 4 bytes per segment of the largest segment
 * number seen (a lookup finds a segment's entry at once). Not thread-safe: one list per lookup thread.
 */
public final class SegmentCandidates {

    private int size;
    private int[] segment = new int[8];
    private int[] pieceOf = new int[8];
    /** Per segment, its entry, or -1; grown to the highest segment offered. */
    private int[] slotOf = new int[0];
    private double[] offsetKm = new double[8];
    private double[] distanceKm = new double[8];

    /** Number of candidates. */
    public int size() {
        return size;
    }

    /** The segment of candidate {@code i}. */
    public int segment(int i) {
        return segment[i];
    }

    /** How far along its segment candidate {@code i} lies, km from the segment's first point. */
    public double offsetKm(int i) {
        return offsetKm[i];
    }

    /** How far candidate {@code i} lies from the position looked up, km. */
    public double distanceKm(int i) {
        return distanceKm[i];
    }

    /** Empties the list, keeping its arrays. */
    public void clear() {
        for (int i = 0; i < size; i++) {
            slotOf[segment[i]] = -1;
        }
        size = 0;
    }

    /**
     * Adds a candidate point on {@code candidateSegment} found on its piece {@code piece}, or moves the segment's
     * entry to it when it is nearer (or as near, on an earlier piece: the result does not depend on the order the
     * pieces come in).
     */
    void offer(int candidateSegment, int piece, double offset, double distance) {
        if (candidateSegment >= slotOf.length) {
            int old = slotOf.length;
            slotOf = Arrays.copyOf(slotOf, Math.max(candidateSegment + 1, 2 * old));
            Arrays.fill(slotOf, old, slotOf.length, -1);
        }
        int i = slotOf[candidateSegment];
        if (i >= 0) {
            if (distance < distanceKm[i] || distance == distanceKm[i] && piece < pieceOf[i]) {
                offsetKm[i] = offset;
                distanceKm[i] = distance;
                pieceOf[i] = piece;
            }
            return;
        }
        if (size == segment.length) {
            segment = Arrays.copyOf(segment, size * 2);
            pieceOf = Arrays.copyOf(pieceOf, size * 2);
            offsetKm = Arrays.copyOf(offsetKm, size * 2);
            distanceKm = Arrays.copyOf(distanceKm, size * 2);
        }
        slotOf[candidateSegment] = size;
        segment[size] = candidateSegment;
        pieceOf[size] = piece;
        offsetKm[size] = offset;
        distanceKm[size] = distance;
        size++;
    }

    /**
     * Keeps the {@code max} nearest candidates (by distance, then segment), then orders them by segment, so that
     * a match does not depend on the order the index's cells give them in.
     */
    void keepNearest(int max) {
        if (size > max) {
            for (int i = 0; i < max; i++) {
                int nearest = i;
                for (int j = i + 1; j < size; j++) {
                    if (distanceKm[j] < distanceKm[nearest]
                            || distanceKm[j] == distanceKm[nearest] && segment[j] < segment[nearest]) {
                        nearest = j;
                    }
                }
                swap(i, nearest);
            }
            for (int i = max; i < size; i++) {
                slotOf[segment[i]] = -1;
            }
            size = max;
        }
        // insertion sort by segment: a few candidates
        for (int i = 1; i < size; i++) {
            for (int j = i; j > 0 && segment[j - 1] > segment[j]; j--) {
                swap(j - 1, j);
            }
        }
        for (int i = 0; i < size; i++) {
            slotOf[segment[i]] = i;
        }
    }

    private void swap(int a, int b) {
        int s = segment[a];
        segment[a] = segment[b];
        segment[b] = s;
        int p = pieceOf[a];
        pieceOf[a] = pieceOf[b];
        pieceOf[b] = p;
        double o = offsetKm[a];
        offsetKm[a] = offsetKm[b];
        offsetKm[b] = o;
        double d = distanceKm[a];
        distanceKm[a] = distanceKm[b];
        distanceKm[b] = d;
    }
}
