package corridor.model.geo;

/**
 * Great-circle distances on a sphere of the Earth's mean radius.
 *
 * <p>The haversine formula is exact on the sphere and stays accurate for short distances; its
 * error against the ellipsoid is below 0.5%, well inside the precision of corridor data.
 */
public final class GreatCircle {

    /** Mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Great-circle distance between two points, in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** Great-circle distance between two positions given in degrees, in kilometres. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = sq(Math.sin(dPhi / 2)) + Math.cos(phi1) * Math.cos(phi2) * sq(Math.sin(dLambda / 2));
        // min() guards against rounding pushing h a hair above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /**
     * The initial bearing of the great circle from {@code a} to {@code b}: degrees clockwise from
     * true north, 0 (inclusive) to 360 (exclusive); 0 when the points coincide.
     */
    public static double bearingDegrees(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double dLambda = Math.toRadians(b.longitude() - a.longitude());
        double y = Math.sin(dLambda) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        double degrees = Math.toDegrees(Math.atan2(y, x));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double sq(double x) {
        return x * x;
    }
}
