package corridor.monitor.ingest;

/**
 * A ping that was not used, with where it came from and why.
 *
 * @param where     the input name (a file name, or {@code stdin})
 * @param line      1-based line in that input
 * @param vehicleId the vehicle, empty when it could not be read
 * @param reason    the rule that rejected it
 * @param detail    the specifics ("latitude 95.2 is outside -90..90")
 */
public record Rejection(String where, long line, String vehicleId, RejectReason reason, String detail) {

    /** One line for a person: {@code pings.csv line 12: impossible_coordinates: latitude 95.2 ...}. */
    public String describe() {
        return where + " line " + line + ": " + reason.label() + ": " + detail;
    }
}
