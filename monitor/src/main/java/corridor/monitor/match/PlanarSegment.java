package corridor.monitor.match;

/**
 * A point's nearest place on a segment, in a local plane around the point (x east, y north, in km;
 * the point at the origin), as the road indexes measure candidates. Stateless; thread-safe.
 */
final class PlanarSegment {

    private PlanarSegment() {
    }

    /**
     * How far along the segment from (x1, y1) by (dx, dy) the point nearest the origin lies, from 0
     * (its start) to 1 (its end); 0 for a segment of no length.
     */
    static double fraction(double x1, double y1, double dx, double dy) {
        double len2 = dx * dx + dy * dy;
        return len2 == 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2));
    }

    /** The distance from the origin to the point at {@code fraction} along the segment, in km. */
    static double distanceKm(double x1, double y1, double dx, double dy, double fraction) {
        double px = x1 + fraction * dx;
        double py = y1 + fraction * dy;
        return Math.sqrt(px * px + py * py);
    }
}
