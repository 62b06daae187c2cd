package corridor.model.geo;

/**
 * A position on the WGS84 ellipsoid, in decimal degrees.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** Whether both coordinates lie within their valid ranges. */
    public boolean isValid() {
        return Double.isFinite(latitude) && Double.isFinite(longitude)
                && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180;
    }

    /** Great-circle distance to {@code other}, in kilometres. */
    public double distanceKm(GeoPoint other) {
        return GreatCircle.distanceKm(this, other);
    }
}
