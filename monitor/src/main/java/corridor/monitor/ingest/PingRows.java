package corridor.monitor.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks pings that arrive already split into fields, one record at a time, by exactly the rules
 * of {@link CsvPingReader}: for readers that split records themselves (a distributed CSV or
 * Parquet reader), so that every reader rejects the same pings for the same reasons.
 *
 * <p>Not thread-safe: one instance per thread (or per partition).
 */
public final class PingRows {

    private final PingChecks checks;
    private final Map<String, String> vehicleIds = new HashMap<>();

    /**
     * @param settings the thresholds ("now", clock skew)
     * @param where    the input's name for messages
     */
    public PingRows(MonitorSettings settings, String where) {
        this.checks = new PingChecks(settings, where);
    }

    /**
     * Passes one record to {@code sink} as an accepted ping or a rejection. Fields are the text of
     * the columns; {@code null} counts as empty (an absent optional column, an empty CSV field).
     *
     * @param line where the record came from (a line or row number), for messages
     */
    public void offer(String vehicleId, String timestamp, String latitude, String longitude, String speedKmh,
                      String heading, long line, PingSink sink) {
        CsvPingReader.readFields(text(vehicleId), text(timestamp), text(latitude), text(longitude), text(speedKmh),
                text(heading), line, vehicleIds, checks, sink);
    }

    private static String text(String field) {
        return field == null ? "" : field;
    }
}
