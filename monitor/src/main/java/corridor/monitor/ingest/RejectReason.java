package corridor.monitor.ingest;

/** Why a ping was not used. Every rejected ping is counted under exactly one reason. */
public enum RejectReason {
    /** A field could not be read: a missing column, a number or timestamp that does not parse. */
    UNPARSEABLE,
    /** Latitude outside -90..90, longitude outside -180..180, or not a finite number. */
    IMPOSSIBLE_COORDINATES,
    /** A timestamp later than "now" plus the allowed clock skew. */
    FUTURE_TIMESTAMP,
    /** Reached from the vehicle's previous accepted ping faster than any truck can drive. */
    TELEPORT,
    /** Same vehicle and same second as an accepted ping. */
    DUPLICATE,
    /** Older than pings of the same vehicle already processed: beyond the reorder window. */
    OUT_OF_ORDER;

    /** Lower-case name as printed and stored ({@code future_timestamp}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
