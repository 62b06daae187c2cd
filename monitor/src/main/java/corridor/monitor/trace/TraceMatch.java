package corridor.monitor.trace;

import java.util.List;

/**
 * A trace matched to the roads. Immutable.
 *
 * @param points   every input point in input order, matched or not
 * @param chains   the unbroken runs of matched points, in order, each with its path along the roads
 * @param ways     the OSM ways driven, in driving order, consecutive pieces of one way merged
 * @param breaks   where the chain of matched points breaks, in order
 * @param offRoad  runs of consecutive points with no road within reach, in order
 * @param lengthKm length of the matched path, km (the chains' lengths summed; gaps not counted)
 * @param timed    whether the trace had times (then the chains and points carry speeds)
 * @param vehicle  the vehicle the match was kept to, or {@code null} when none was given
 */
public record TraceMatch(List<PointMatch> points, List<Chain> chains, List<WayDriven> ways, List<Break> breaks,
                         List<OffRoad> offRoad, double lengthKm, boolean timed, VehicleKept vehicle) {

    /**
     * The vehicle a match was kept to.
     *
     * @param vehicleId       its id (vehicles.csv)
     * @param segmentsKeptOff how many road segments its restrictions kept the match off
     */
    public record VehicleKept(String vehicleId, int segmentsKeptOff) {
    }

    public TraceMatch {
        points = List.copyOf(points);
        chains = List.copyOf(chains);
        ways = List.copyOf(ways);
        breaks = List.copyOf(breaks);
        offRoad = List.copyOf(offRoad);
    }

    /** Whether every point is matched and the chain never breaks. */
    public boolean continuous() {
        return chains.size() == 1 && offRoad.isEmpty();
    }

    /** Time spent on the matched chains, seconds, or {@code null} without times. */
    public Double durationS() {
        if (!timed) {
            return null;
        }
        return chains.stream().mapToDouble(Chain::durationS).sum();
    }

    /** Average speed over the matched chains, km/h, or {@code null} without times or time. */
    public Double speedKmh() {
        Double seconds = durationS();
        return seconds == null || seconds <= 0 ? null : lengthKm / (seconds / 3600);
    }

    /**
     * One input point.
     *
     * @param index          its position in the input, from 0
     * @param lat            input latitude, degrees
     * @param lon            input longitude, degrees
     * @param epochSecond    its time, or {@code null}
     * @param chain          the index of its chain in {@link #chains()}, or -1 when unmatched
     * @param snappedLat     latitude of its position on the road, degrees (NaN when unmatched)
     * @param snappedLon     longitude of its position on the road, degrees (NaN when unmatched)
     * @param distanceM      distance from the input point to the snapped one, metres (NaN when unmatched)
     * @param wayId          the OSM way it is matched to, or 0 when unmatched
     * @param kmFromPrevious km driven on the roads since the previous point of its chain (0 for a chain's first)
     * @param speedKmh       speed since the previous point of its chain, km/h, or {@code null} (no times, no
     *                       time elapsed, or a chain's first point)
     */
    public record PointMatch(int index, double lat, double lon, Long epochSecond, int chain, double snappedLat,
                             double snappedLon, double distanceM, long wayId, double kmFromPrevious, Double speedKmh) {
        public boolean matched() {
            return chain >= 0;
        }
    }

    /**
     * An unbroken run of matched points and the path driven through them.
     *
     * @param firstPoint index of its first point
     * @param lastPoint  index of its last point
     * @param path       the path along the roads, {lat, lon} per vertex, from the first point's snapped position
     *                   to the last's (one position when the chain has one point)
     * @param lengthKm   length of the path, km
     * @param durationS  time from the first point to the last, seconds (0 without times)
     */
    public record Chain(int firstPoint, int lastPoint, List<double[]> path, double lengthKm, double durationS) {
        public Chain {
            path = List.copyOf(path);
        }
    }

    /**
     * A stretch of one OSM way driven.
     *
     * @param wayId        the OSM way id
     * @param name         its {@code name}, or empty
     * @param ref          its {@code ref}, or empty
     * @param highwayClass its {@code highway} class
     * @param km           km driven on it in this stretch
     */
    public record WayDriven(long wayId, String name, String ref, String highwayClass, double km) {
    }

    /**
     * Where the chain breaks: no road path joins the points before and after plausibly (or points between have no
     * road).
     *
     * @param afterPoint  the last matched point before the break
     * @param beforePoint the first matched point after it
     * @param gapKm       straight distance between the two, km
     */
    public record Break(int afterPoint, int beforePoint, double gapKm) {
    }

    /**
     * Consecutive points with no road within the matcher's reach.
     *
     * @param firstPoint     index of the first such point
     * @param lastPoint      index of the last
     * @param lat            latitude of the first, degrees
     * @param lon            longitude of the first, degrees
     * @param outsideExtract whether the first lies outside the bounding box of the imported roads (the trace ran off
     *                       the extract), rather than merely away from the roads
     */
    public record OffRoad(int firstPoint, int lastPoint, double lat, double lon, boolean outsideExtract) {
    }
}
