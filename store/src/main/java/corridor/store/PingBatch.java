package corridor.store;

import java.time.Instant;

/**
 * Pings posted to the API, kept as they were accepted.
 *
 * @param id             its place in the order of batches (1, 2, ...; committed in this order)
 * @param receivedAt     when it was accepted
 * @param nowEpochSecond the "now" its timestamps were checked against (seconds since 1970, UTC)
 * @param body           the CSV text as posted
 */
public record PingBatch(long id, Instant receivedAt, long nowEpochSecond, String body) {
}
