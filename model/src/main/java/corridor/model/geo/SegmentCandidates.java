package corridor.model.geo;

import java.util.Arrays;

/**
 * A reusable list of the segments near a position ({@link SegmentIndex#candidates}): at most one entry a
 * segment, its point nearest the position, with the offset of that point along the segment (km from its
 * first point) and its distance from the position (km). Not thread-safe: one list per lookup thread.
 */
public final class SegmentCandidates {

    private int size;
    private int[] segment = new int[8];
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
        size = 0;
    }

    /** Adds a candidate point on {@code candidateSegment}, or moves the segment's entry to it when it is nearer. */
    public void offer(int candidateSegment, double offset, double distance) {
        for (int i = 0; i < size; i++) {
            if (segment[i] == candidateSegment) {
                if (distance < distanceKm[i]) {
                    offsetKm[i] = offset;
                    distanceKm[i] = distance;
                }
                return;
            }
        }
        if (size == segment.length) {
            segment = Arrays.copyOf(segment, size * 2);
            offsetKm = Arrays.copyOf(offsetKm, size * 2);
            distanceKm = Arrays.copyOf(distanceKm, size * 2);
        }
        segment[size] = candidateSegment;
        offsetKm[size] = offset;
        distanceKm[size] = distance;
        size++;
    }

    /** Keeps the {@code max} nearest candidates, then orders them by segment (so matches do not depend on the index's cells). */
    public void keepNearest(int max) {
        while (size > max) {
            int worst = 0;
            for (int i = 1; i < size; i++) {
                if (distanceKm[i] > distanceKm[worst]) {
                    worst = i;
                }
            }
            size--;
            segment[worst] = segment[size];
            offsetKm[worst] = offsetKm[size];
            distanceKm[worst] = distanceKm[size];
        }
        // insertion sort: a few candidates
        for (int i = 1; i < size; i++) {
            int s = segment[i];
            double o = offsetKm[i];
            double d = distanceKm[i];
            int j = i - 1;
            while (j >= 0 && segment[j] > s) {
                segment[j + 1] = segment[j];
                offsetKm[j + 1] = offsetKm[j];
                distanceKm[j + 1] = distanceKm[j];
                j--;
            }
            segment[j + 1] = s;
            offsetKm[j + 1] = o;
            distanceKm[j + 1] = d;
        }
    }
}
