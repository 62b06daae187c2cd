package corridor.store;

import corridor.model.InputException;

/**
 * A rectangle of longitude and latitude, in WGS84 degrees, that selects the records whose
 * geometry it touches.
 *
 * @param minLongitude west edge
 * @param minLatitude  south edge
 * @param maxLongitude east edge
 * @param maxLatitude  north edge
 */
public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

    /**
     * @throws InputException (parameter {@code bbox}) when an edge is out of range or the box is inverted
     */
    public BoundingBox {
        check(minLongitude, -180, 180, "west longitude");
        check(maxLongitude, -180, 180, "east longitude");
        check(minLatitude, -90, 90, "south latitude");
        check(maxLatitude, -90, 90, "north latitude");
        if (minLongitude > maxLongitude || minLatitude > maxLatitude) {
            throw InputException.ofParameter("bbox", "west must not exceed east and south must not exceed north; "
                    + "expected minLon,minLat,maxLon,maxLat");
        }
    }

    private static void check(double value, double min, double max, String what) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw InputException.ofParameter("bbox", what + " " + value + " is out of range " + min + " to " + max);
        }
    }
}
