package corridor.monitor.match;

import corridor.model.geo.GreatCircle;
import corridor.model.geo.LocalPlane;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A grid index over the pieces (consecutive point pairs) of every segment of a {@link RoadLayer},
 * for the candidate search of map matching on street-level roads: a lookup reads the pieces of the
 * cells around a point and measures each. Cells are about 250 m, so a national network's pieces
 * are spread thin and a lookup reads few of them. Memory: one int per piece and cell it touches
 * (most pieces touch one or two cells) plus the cell table.
 *
 * <p>Immutable after construction; thread-safe to share.
 */
public final class RoadSegmentIndex {

    /** Cell edge, degrees (about 250 m of latitude). */
    static final double CELL_DEGREES = 0.00225;

    private final RoadLayer roads;
    /** Pieces are numbered globally: piece p is point pair k of segment pieceSegment[p]. */
    private final int[] pieceSegment;
    private final int[] pieceStart;
    private final double[] cumKm;
    private final long[] cellKeys;
    private final int[] cellStart;
    private final int[] cellPieces;

    /** Indexes every piece of {@code roads}. */
    public RoadSegmentIndex(RoadLayer roads) {
        this.roads = roads;
        int m = roads.segmentCount();
        int pieces = 0;
        for (int s = 0; s < m; s++) {
            pieces += roads.pointCount(s) - 1;
        }
        if (pieces >= 1 << PIECE_BITS) {
            throw new IllegalArgumentException("more than 2^28 road pieces: split the network");
        }
        pieceSegment = new int[pieces];
        pieceStart = new int[m + 1];
        cumKm = new double[pieces + m];
        int p = 0;
        for (int s = 0; s < m; s++) {
            pieceStart[s] = p;
            int count = roads.pointCount(s);
            double along = 0;
            cumKm[p + s] = 0;
            for (int k = 1; k < count; k++) {
                along += GreatCircle.distanceKm(roads.pointLat(s, k - 1), roads.pointLon(s, k - 1), roads.pointLat(s, k),
                        roads.pointLon(s, k));
                cumKm[p + s + k] = along;
                pieceSegment[p + k - 1] = s;
            }
            p += count - 1;
        }
        pieceStart[m] = p;
        // (cell, piece) pairs packed in longs, sorted by cell
        long[] pairs = new long[Math.max(16, pieces * 2)];
        int n = 0;
        for (int s = 0; s < m; s++) {
            for (int k = 1; k < roads.pointCount(s); k++) {
                long y0 = cell(roads.pointLat(s, k - 1));
                long y1 = cell(roads.pointLat(s, k));
                long x0 = cell(roads.pointLon(s, k - 1));
                long x1 = cell(roads.pointLon(s, k));
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
        int cells = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || cellOf(sorted[i]) != cellOf(sorted[i - 1])) {
                cells++;
            }
        }
        cellKeys = new long[cells];
        cellStart = new int[cells + 1];
        cellPieces = new int[n];
        int c = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || cellOf(sorted[i]) != cellOf(sorted[i - 1])) {
                cellKeys[++c] = cellOf(sorted[i]);
                cellStart[c] = i;
            }
            cellPieces[i] = (int) (sorted[i] & PIECE_MASK);
        }
        cellStart[cells] = n;
    }

    private static final int PIECE_BITS = 28;
    private static final long PIECE_MASK = (1L << PIECE_BITS) - 1;
    private static long cellOf(long pair) {
        return pair >>> PIECE_BITS;
    }

    /** A 35-bit cell key from row (within ±2^16 cells) and column (within ±2^17 cells): the globe. */
    private static long cellKey(long y, long x) {
        return ((y + 65_536) << 18) | (x + 131_072);
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    public RoadLayer roads() {
        return roads;
    }

    /** Length of a segment along its geometry, km (from the points, as the matcher measures offsets). */
    public double lengthKm(int segment) {
        return cumKm[pieceStart[segment] + segment + roads.pointCount(segment) - 1];
    }

    /**
     * For each segment with a piece within {@code radiusKm} of the position, the nearest point on
     * it, nearest segments first, at most {@code max} of them; segments in {@code keptOff} are passed over.
     *
     * @param out receives the candidates (segment in {@code link}); cleared first
     */
    void candidates(double lat, double lon, double radiusKm, int max, java.util.BitSet keptOff, Candidates out) {
        out.clear();
        double kmPerLon = LocalPlane.kmPerDegreeLon(lat);
        int spanY = (int) Math.ceil(radiusKm / (CELL_DEGREES * LocalPlane.KM_PER_DEGREE));
        int spanX = (int) Math.ceil(radiusKm / (CELL_DEGREES * Math.max(1e-3, kmPerLon)));
        long cy = cell(lat);
        long cx = cell(lon);
        for (long y = cy - spanY; y <= cy + spanY; y++) {
            for (long x = cx - spanX; x <= cx + spanX; x++) {
                int c = Arrays.binarySearch(cellKeys, cellKey(y, x));
                if (c < 0) {
                    continue;
                }
                for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                    if (!keptOff.get(pieceSegment[cellPieces[i]])) {
                        measure(cellPieces[i], lat, lon, kmPerLon, radiusKm, out);
                    }
                }
            }
        }
        out.keepNearest(max);
    }

    private void measure(int piece, double lat, double lon, double kmPerLon, double radiusKm, Candidates out) {
        int s = pieceSegment[piece];
        int k = piece - pieceStart[s];
        double x1 = (roads.pointLon(s, k) - lon) * kmPerLon;
        double y1 = (roads.pointLat(s, k) - lat) * LocalPlane.KM_PER_DEGREE;
        double dx = (roads.pointLon(s, k + 1) - lon) * kmPerLon - x1;
        double dy = (roads.pointLat(s, k + 1) - lat) * LocalPlane.KM_PER_DEGREE - y1;
        double t = LocalPlane.fraction(x1, y1, dx, dy);
        double distanceKm = LocalPlane.distanceKm(x1, y1, dx, dy, t);
        if (distanceKm <= radiusKm) {
            int base = pieceStart[s] + s;
            double offsetKm = cumKm[base + k] + t * (cumKm[base + k + 1] - cumKm[base + k]);
            out.offer(s, offsetKm, distanceKm);
        }
    }

    /** The position at {@code offsetKm} along a segment, {lat, lon}. */
    public double[] pointAt(int segment, double offsetKm) {
        int base = pieceStart[segment] + segment;
        int count = roads.pointCount(segment);
        for (int k = 1; k < count; k++) {
            if (cumKm[base + k] >= offsetKm || k == count - 1) {
                double span = cumKm[base + k] - cumKm[base + k - 1];
                double t = span <= 0 ? 0 : Math.max(0, Math.min(1, (offsetKm - cumKm[base + k - 1]) / span));
                return new double[] {roads.pointLat(segment, k - 1) + t * (roads.pointLat(segment, k)
                        - roads.pointLat(segment, k - 1)), roads.pointLon(segment, k - 1)
                        + t * (roads.pointLon(segment, k) - roads.pointLon(segment, k - 1))};
            }
        }
        return new double[] {roads.pointLat(segment, 0), roads.pointLon(segment, 0)};
    }

    /**
     * The geometry of a segment between two offsets, {lat, lon} per point: the position at
     * {@code fromKm}, every vertex strictly between, the position at {@code toKm}; reversed when
     * {@code toKm < fromKm} (driven against the drawing direction).
     */
    public List<double[]> between(int segment, double fromKm, double toKm) {
        double low = Math.min(fromKm, toKm);
        double high = Math.max(fromKm, toKm);
        List<double[]> points = new ArrayList<>();
        points.add(pointAt(segment, low));
        int base = pieceStart[segment] + segment;
        for (int k = 1; k < roads.pointCount(segment) - 1; k++) {
            if (cumKm[base + k] > low && cumKm[base + k] < high) {
                points.add(new double[] {roads.pointLat(segment, k), roads.pointLon(segment, k)});
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
