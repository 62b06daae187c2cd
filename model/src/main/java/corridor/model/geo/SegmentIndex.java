package corridor.model.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * A grid index over the pieces (consecutive point pairs) of numbered segments ({@link SegmentGeometry}): the
 * candidate search of map matching, on street-level roads or on corridor links. A lookup reads the pieces of
 * the cells within its radius of a point and measures each in the point's {@link LocalPlane}. Offsets along a
 * segment are km from its first point by great-circle distance between its points ({@link #lengthKm}).
 *
 * <p>Memory: one int per piece and cell it touches (most pieces touch one or two cells at 250 m), 12 bytes a
 * piece, and the cell table (12 bytes a non-empty cell).
 *
 * <p>Immutable after construction; thread-safe to share (a lookup writes only the list it is given).
 */
public final class SegmentIndex {

    /** The cell edge for street-level roads, degrees (about 250 m of latitude). */
    public static final double STREET_CELL_DEGREES = 0.00225;
    /** The smallest cell edge the cell keys can number over the globe, degrees. */
    public static final double MIN_CELL_DEGREES = 0.002;

    private static final int PIECE_BITS = 28;
    private static final long PIECE_MASK = (1L << PIECE_BITS) - 1;

    private final SegmentGeometry geometry;
    private final double cellDegrees;
    /** Pieces are numbered globally: piece p is point pair k of segment pieceSegment[p]. */
    private final int[] pieceSegment;
    private final int[] pieceStart;
    /** Per segment s, from pieceStart[s] + s: km from its first point to each of its points. */
    private final double[] cumKm;
    private final long[] cellKeys;
    private final int[] cellStart;
    private final int[] cellPieces;

    /**
     * Indexes every piece of {@code geometry} in cells of {@code cellDegrees} (at least {@link #MIN_CELL_DEGREES};
     * about the lookup radius suits: a lookup reads the one to four cells its radius's box covers then).
     *
     * @throws IllegalArgumentException on a cell too small, a segment of fewer than two points, or more than
     *                                  2^28 pieces
     */
    public SegmentIndex(SegmentGeometry geometry, double cellDegrees) {
        if (!(cellDegrees >= MIN_CELL_DEGREES)) {
            throw new IllegalArgumentException("cell of " + cellDegrees + " degrees: at least " + MIN_CELL_DEGREES);
        }
        this.geometry = geometry;
        this.cellDegrees = cellDegrees;
        int m = geometry.segmentCount();
        long pieceTotal = 0;
        for (int s = 0; s < m; s++) {
            if (geometry.pointCount(s) < 2) {
                throw new IllegalArgumentException("segment " + s + " has " + geometry.pointCount(s) + " point(s)");
            }
            pieceTotal += geometry.pointCount(s) - 1;
        }
        if (pieceTotal >= 1 << PIECE_BITS) {
            throw new IllegalArgumentException("more than 2^28 pieces: split the network");
        }
        int pieces = (int) pieceTotal;
        pieceSegment = new int[pieces];
        pieceStart = new int[m + 1];
        cumKm = new double[pieces + m];
        int p = 0;
        for (int s = 0; s < m; s++) {
            pieceStart[s] = p;
            int count = geometry.pointCount(s);
            double along = 0;
            for (int k = 1; k < count; k++) {
                along += GreatCircle.distanceKm(geometry.pointLat(s, k - 1), geometry.pointLon(s, k - 1),
                        geometry.pointLat(s, k), geometry.pointLon(s, k));
                cumKm[p + s + k] = along;
                pieceSegment[p + k - 1] = s;
            }
            p += count - 1;
        }
        pieceStart[m] = p;
        long[] pairs = cellPiecePairs(m, pieces);
        int cells = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i == 0 || cellOf(pairs[i]) != cellOf(pairs[i - 1])) {
                cells++;
            }
        }
        cellKeys = new long[cells];
        cellStart = new int[cells + 1];
        cellPieces = new int[pairs.length];
        int c = -1;
        for (int i = 0; i < pairs.length; i++) {
            if (i == 0 || cellOf(pairs[i]) != cellOf(pairs[i - 1])) {
                cellKeys[++c] = cellOf(pairs[i]);
                cellStart[c] = i;
            }
            cellPieces[i] = (int) (pairs[i] & PIECE_MASK);
        }
        cellStart[cells] = pairs.length;
    }

    /** Every (cell, piece) pair of the pieces' bounding boxes, packed in longs, sorted by cell then piece. */
    private long[] cellPiecePairs(int segments, int pieces) {
        long[] pairs = new long[Math.max(16, pieces * 2)];
        int n = 0;
        for (int s = 0; s < segments; s++) {
            for (int k = 1; k < geometry.pointCount(s); k++) {
                long y0 = cell(geometry.pointLat(s, k - 1));
                long y1 = cell(geometry.pointLat(s, k));
                long x0 = cell(geometry.pointLon(s, k - 1));
                long x1 = cell(geometry.pointLon(s, k));
                for (long y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) {
                    for (long x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) {
                        if (n == pairs.length) {
                            pairs = Arrays.copyOf(pairs, n * 2);
                        }
                        pairs[n++] = cellKey(y, x) << PIECE_BITS | (pieceStart[s] + k - 1);
                    }
                }
            }
        }
        long[] sorted = Arrays.copyOf(pairs, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static long cellOf(long pair) {
        return pair >>> PIECE_BITS;
    }

    /** A 35-bit cell key from row (within ±2^16 cells) and column (within ±2^17 cells): the globe. */
    private static long cellKey(long y, long x) {
        return ((y + 65_536) << 18) | (x + 131_072);
    }

    private long cell(double degrees) {
        return (long) Math.floor(degrees / cellDegrees);
    }

    /** The segments indexed. */
    public SegmentGeometry geometry() {
        return geometry;
    }

    /** Length of a segment along its points, km (the sum of great-circle distances between them). */
    public double lengthKm(int segment) {
        return cumKm[pieceStart[segment + 1] + segment];
    }

    /**
     * For each segment with a piece within {@code radiusKm} of the position (degrees), the nearest point on it;
     * the {@code max} nearest of them, ordered by segment ({@link SegmentCandidates#keepNearest}).
     *
     * @param keptOff segments passed over; null for none
     * @param out     receives the candidates; cleared first
     */
    public void candidates(double lat, double lon, double radiusKm, int max, BitSet keptOff, SegmentCandidates out) {
        out.clear();
        double kmPerLon = LocalPlane.kmPerDegreeLon(lat);
        // the cells of the box within the radius in the point's plane (with a hair for rounding), not a
        // fixed span around the point's cell: a radius below the cell's width reads one to four cells, not nine
        double latDegrees = radiusKm / LocalPlane.KM_PER_DEGREE + 1e-9;
        double lonDegrees = radiusKm / Math.max(1e-3, kmPerLon) + 1e-9;
        for (long y = cell(lat - latDegrees), yEnd = cell(lat + latDegrees); y <= yEnd; y++) {
            for (long x = cell(lon - lonDegrees), xEnd = cell(lon + lonDegrees); x <= xEnd; x++) {
                int c = Arrays.binarySearch(cellKeys, cellKey(y, x));
                if (c < 0) {
                    continue;
                }
                for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                    if (keptOff == null || !keptOff.get(pieceSegment[cellPieces[i]])) {
                        measure(cellPieces[i], lat, lon, kmPerLon, radiusKm, out);
                    }
                }
            }
        }
        out.keepNearest(max);
    }

    private void measure(int piece, double lat, double lon, double kmPerLon, double radiusKm, SegmentCandidates out) {
        int s = pieceSegment[piece];
        int k = piece - pieceStart[s];
        double x1 = (geometry.pointLon(s, k) - lon) * kmPerLon;
        double y1 = (geometry.pointLat(s, k) - lat) * LocalPlane.KM_PER_DEGREE;
        double dx = (geometry.pointLon(s, k + 1) - lon) * kmPerLon - x1;
        double dy = (geometry.pointLat(s, k + 1) - lat) * LocalPlane.KM_PER_DEGREE - y1;
        double t = LocalPlane.fraction(x1, y1, dx, dy);
        double distanceKm = LocalPlane.distanceKm(x1, y1, dx, dy, t);
        if (distanceKm <= radiusKm) {
            int base = pieceStart[s] + s;
            double offsetKm = cumKm[base + k] + t * (cumKm[base + k + 1] - cumKm[base + k]);
            out.offer(s, piece, offsetKm, distanceKm);
        }
    }

    /** The position at {@code offsetKm} along a segment (clamped to it), {lat, lon} in degrees. */
    public double[] pointAt(int segment, double offsetKm) {
        int base = pieceStart[segment] + segment;
        int count = geometry.pointCount(segment);
        for (int k = 1; k < count; k++) {
            if (cumKm[base + k] >= offsetKm || k == count - 1) {
                double span = cumKm[base + k] - cumKm[base + k - 1];
                double t = span <= 0 ? 0 : Math.max(0, Math.min(1, (offsetKm - cumKm[base + k - 1]) / span));
                return new double[] {geometry.pointLat(segment, k - 1) + t * (geometry.pointLat(segment, k)
                        - geometry.pointLat(segment, k - 1)), geometry.pointLon(segment, k - 1)
                        + t * (geometry.pointLon(segment, k) - geometry.pointLon(segment, k - 1))};
            }
        }
        return new double[] {geometry.pointLat(segment, 0), geometry.pointLon(segment, 0)};
    }

    /**
     * The geometry of a segment between two offsets (km), {lat, lon} per point: the position at {@code fromKm},
     * every point strictly between, the position at {@code toKm}; in reverse when {@code toKm < fromKm} (driven
     * against the drawing direction).
     */
    public List<double[]> between(int segment, double fromKm, double toKm) {
        double low = Math.min(fromKm, toKm);
        double high = Math.max(fromKm, toKm);
        List<double[]> points = new ArrayList<>();
        points.add(pointAt(segment, low));
        int base = pieceStart[segment] + segment;
        for (int k = 1; k < geometry.pointCount(segment) - 1; k++) {
            if (cumKm[base + k] > low && cumKm[base + k] < high) {
                points.add(new double[] {geometry.pointLat(segment, k), geometry.pointLon(segment, k)});
            }
        }
        points.add(pointAt(segment, high));
        if (toKm < fromKm) {
            Collections.reverse(points);
        }
        return points;
    }

    /** Bytes of heap the index's arrays take. */
    public long arrayBytes() {
        return 16 + 4L * pieceSegment.length + 16 + 4L * pieceStart.length + 16 + 8L * cumKm.length
                + 16 + 8L * cellKeys.length + 16 + 4L * cellStart.length + 16 + 4L * cellPieces.length;
    }
}
