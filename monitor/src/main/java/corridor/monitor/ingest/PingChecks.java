package corridor.monitor.ingest;

/**
 * The rules a single ping must pass on its own: coordinates that exist on Earth, a timestamp not
 * in the future. Rules that need the vehicle's other pings (teleport, duplicate) live in
 * {@code corridor.monitor.track.VehicleStream}.
 */
final class PingChecks {

    private final long latestAllowedEpochSecond;
    private final String where;

    PingChecks(MonitorSettings settings, String where) {
        this.latestAllowedEpochSecond = settings.nowEpochSecond() + Math.round(settings.maxClockSkewMinutes() * 60);
        this.where = where;
    }

    /** Passes the ping on to the sink as accepted, or as rejected with the first rule it breaks. */
    void offer(String vehicleId, long epochSecond, double latitude, double longitude, double speedKmh,
               double headingDeg, long line, PingSink sink) {
        if (!(latitude >= -90 && latitude <= 90)) {
            sink.reject(new Rejection(where, line, vehicleId, RejectReason.IMPOSSIBLE_COORDINATES,
                    "latitude " + latitude + " is outside -90..90"));
        } else if (!(longitude >= -180 && longitude <= 180)) {
            sink.reject(new Rejection(where, line, vehicleId, RejectReason.IMPOSSIBLE_COORDINATES,
                    "longitude " + longitude + " is outside -180..180"));
        } else if (epochSecond > latestAllowedEpochSecond) {
            sink.reject(new Rejection(where, line, vehicleId, RejectReason.FUTURE_TIMESTAMP,
                    "timestamp " + java.time.Instant.ofEpochSecond(epochSecond) + " is after now ("
                            + java.time.Instant.ofEpochSecond(latestAllowedEpochSecond) + " with clock skew)"));
        } else if (!Double.isNaN(speedKmh) && !(speedKmh >= 0 && speedKmh <= 400)) {
            sink.reject(new Rejection(where, line, vehicleId, RejectReason.IMPOSSIBLE_COORDINATES,
                    "speed " + speedKmh + " km/h is outside 0..400"));
        } else {
            sink.accept(new Ping(vehicleId, epochSecond, latitude, longitude, speedKmh, headingDeg, line));
        }
    }

    String where() {
        return where;
    }
}
