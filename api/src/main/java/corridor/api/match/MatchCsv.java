package corridor.api.match;

import corridor.monitor.trace.TraceMatch;

import java.time.Instant;
import java.util.Locale;

/**
 * A matched trace as CSV, one row per input point: {@code index,lat,lon,time,matched,chain,snapped_lat,
 * snapped_lon,distance_m,way_id,km_from_previous,speed_kmh} (empty fields where a point has no value).
 * Stateless; thread-safe.
 */
public final class MatchCsv {

    /** The header row. */
    public static final String HEADER = "index,lat,lon,time,matched,chain,snapped_lat,snapped_lon,distance_m,way_id,"
            + "km_from_previous,speed_kmh";

    private MatchCsv() {
    }

    public static String of(TraceMatch match) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (TraceMatch.PointMatch p : match.points()) {
            out.append(p.index()).append(',').append(number(p.lat(), 7)).append(',').append(number(p.lon(), 7))
                    .append(',').append(p.epochSecond() == null ? "" : Instant.ofEpochSecond(p.epochSecond()))
                    .append(',').append(p.matched());
            if (p.matched()) {
                out.append(',').append(p.chain()).append(',').append(number(p.snappedLat(), 7)).append(',')
                        .append(number(p.snappedLon(), 7)).append(',').append(number(p.distanceM(), 1)).append(',')
                        .append(p.wayId()).append(',').append(number(p.kmFromPrevious(), 4)).append(',')
                        .append(p.speedKmh() == null ? "" : number(p.speedKmh(), 1));
            } else {
                out.append(",,,,,,,");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
