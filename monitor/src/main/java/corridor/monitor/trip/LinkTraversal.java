package corridor.monitor.trip;

/**
 * One vehicle's pass along one link.
 *
 * @param linkId           the link
 * @param entryEpochSecond when the vehicle entered the link (interpolated between pings)
 * @param exitEpochSecond  when it left (interpolated)
 * @param movingSeconds    time spent moving on the link
 * @param stopSeconds      time spent in stops on the link that are not dwell at a hub
 * @param distanceKm       distance driven on the link
 * @param complete         whether the vehicle entered at one end and left at the other; only
 *                         complete passes count in the link's indicators
 */
public record LinkTraversal(String linkId, long entryEpochSecond, long exitEpochSecond, double movingSeconds,
                            double stopSeconds, double distanceKm, boolean complete) {

    /** Moving plus en-route stop time, seconds. */
    public double transitSeconds() {
        return movingSeconds + stopSeconds;
    }
}
