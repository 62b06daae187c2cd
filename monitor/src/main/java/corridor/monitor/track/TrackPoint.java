package corridor.monitor.track;

/**
 * A point of a vehicle's track after stop detection: either one moving ping, or a whole stop
 * collapsed to its mean position with its start and end times.
 *
 * @param lat              degrees north
 * @param lon              degrees east
 * @param startEpochSecond when the point (or the stop) began, seconds since 1970-01-01T00:00Z
 * @param endEpochSecond   when it ended; equal to the start for a moving point
 * @param stop             whether this point is a stop
 */
public record TrackPoint(double lat, double lon, long startEpochSecond, long endEpochSecond, boolean stop) {

    /** How long the stop lasted, seconds (0 for a moving point). */
    public long stopSeconds() {
        return endEpochSecond - startEpochSecond;
    }
}
