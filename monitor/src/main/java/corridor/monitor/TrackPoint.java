package corridor.monitor;

/**
 * A point of a vehicle's track after stop detection: either one moving ping, or a whole stop
 * collapsed to its mean position with its start and end times.
 */
final class TrackPoint {
    final double lat;
    final double lon;
    final long startEpochSecond;
    final long endEpochSecond;
    final boolean stop;

    TrackPoint(double lat, double lon, long startEpochSecond, long endEpochSecond, boolean stop) {
        this.lat = lat;
        this.lon = lon;
        this.startEpochSecond = startEpochSecond;
        this.endEpochSecond = endEpochSecond;
        this.stop = stop;
    }

    long stopSeconds() {
        return endEpochSecond - startEpochSecond;
    }
}
