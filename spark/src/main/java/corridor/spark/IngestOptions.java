package corridor.spark;

import corridor.monitor.ingest.MonitorSettings;

import java.io.Serializable;

/**
 * The monitoring thresholds a Spark ingest ships to its executors.
 *
 * @param nowEpochSecond    "now" in seconds since 1970-01-01T00:00Z: later pings (beyond the clock skew) are rejected
 * @param candidateRadiusKm links this close to a ping are match candidates, km
 * @param gpsSigmaKm        GPS plus geometry error, standard deviation, km
 */
public record IngestOptions(long nowEpochSecond, double candidateRadiusKm, double gpsSigmaKm) implements Serializable {

    /** The defaults of {@code corridor monitor ingest}. */
    public static IngestOptions defaults(long nowEpochSecond) {
        MonitorSettings d = MonitorSettings.defaults(nowEpochSecond);
        return new IngestOptions(nowEpochSecond, d.candidateRadiusKm(), d.gpsSigmaKm());
    }

    /**
     * The engine's settings. The reorder window is zero: each vehicle's pings reach the engine
     * fully sorted by time, so no ping waits for later ones (the single-JVM ingest's window only
     * delays pings; with sorted input it changes nothing, and here it would hold a day of pings
     * per vehicle in memory).
     */
    public MonitorSettings settings() {
        return MonitorSettings.defaults(nowEpochSecond).withReorderWindowHours(0)
                .withMatching(candidateRadiusKm, gpsSigmaKm);
    }

    /** Seconds without pings that end a trip (the engine's rule). */
    long tripGapSeconds() {
        return Math.round(settings().tripGapHours() * 3600);
    }
}
