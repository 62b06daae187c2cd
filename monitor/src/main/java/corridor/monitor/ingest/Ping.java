package corridor.monitor.ingest;

/**
 * One GPS position report of a vehicle.
 *
 * @param vehicleId   the vehicle (truck, tracker) that reported it
 * @param epochSecond when, in seconds since 1970-01-01T00:00Z
 * @param latitude    degrees north
 * @param longitude   degrees east
 * @param speedKmh    reported ground speed in km/h, {@code NaN} when not reported
 * @param headingDeg  reported heading in degrees from north, {@code NaN} when not reported
 * @param line        line of the input it came from (1-based), for error messages
 */
public record Ping(String vehicleId, long epochSecond, double latitude, double longitude, double speedKmh,
                   double headingDeg, long line) {

    /** Whether the tracker reported a speed. */
    public boolean hasSpeed() {
        return !Double.isNaN(speedKmh);
    }
}
