package corridor.model.geo;

/**
 * A local equirectangular plane around a point: x east and y north, in km, with the point at the
 * origin; and a point's nearest place on a segment drawn in it. Accurate to well under 1% within
 * some tens of km, the scale of buffers and matching tolerances (not for distances of continents).
 * The one projection the engines measure short distances to lines in: {@link Polyline#distanceKm},
 * monitor's road indexes. Stateless; thread-safe.
 */
public final class LocalPlane {

    /** Km per degree of latitude on the sphere of {@link GreatCircle#EARTH_RADIUS_KM} (and of longitude at the equator). */
    public static final double KM_PER_DEGREE = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;

    private LocalPlane() {
    }

    /** Km per degree of longitude at {@code latitude} (degrees). */
    public static double kmPerDegreeLon(double latitude) {
        return KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
    }

    /**
     * How far along the segment from (x1, y1) by (dx, dy) (km, in the plane of the point) the point
     * nearest the origin lies, from 0 (its start) to 1 (its end); 0 for a segment of no length.
     */
    public static double fraction(double x1, double y1, double dx, double dy) {
        double len2 = dx * dx + dy * dy;
        return len2 == 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2));
    }

    /** The distance from the origin to the point at {@code fraction} along the segment, in km. */
    public static double distanceKm(double x1, double y1, double dx, double dy, double fraction) {
        double px = x1 + fraction * dx;
        double py = y1 + fraction * dy;
        return Math.sqrt(px * px + py * py);
    }
}
