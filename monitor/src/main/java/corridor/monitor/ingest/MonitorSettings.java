package corridor.monitor.ingest;

import corridor.model.InputException;

/**
 * Thresholds of the monitoring engine. {@link #defaults()} documents each default; they are
 * engineering choices for GPS telemetry of trucks, not published figures.
 *
 * @param nowEpochSecond          "now": pings later than this plus {@code maxClockSkewMinutes} are rejected
 * @param maxClockSkewMinutes     tolerated tracker clock skew into the future, minutes (default 10)
 * @param maxVehicleSpeedKmh      implied speeds above this between two pings are a teleport (default 200)
 * @param teleportMinDistanceKm   jumps shorter than this are GPS noise, never a teleport (default 0.5)
 * @param reorderWindowHours      pings of one vehicle may arrive this much out of order (default 24)
 * @param tripGapHours            a gap without pings longer than this ends a trip (default 6)
 * @param stopRadiusKm            pings within this distance of a stop's first ping belong to the stop (default 0.15)
 * @param minStopMinutes          a stop lasts at least this long; shorter halts count as moving (default 10)
 * @param stopSpeedKmh            a reported speed at or below this marks the vehicle as halted (default 3)
 * @param candidateRadiusKm       links within this distance of a ping are match candidates (default 1.0)
 * @param gpsSigmaKm              standard deviation of GPS error plus geometry error, km (default 0.1)
 * @param transitionBetaKm        scale of the route-versus-straight-line difference, km (default 1.0)
 * @param borderRadiusKm          stops within this distance of a border crossing are crossing time (default 5)
 * @param portRadiusKm            stops within this distance of a seaport are port dwell (default 10)
 * @param terminalRadiusKm        stops within this distance of a dry port or rail terminal are terminal dwell (default 5)
 * @param linkEndToleranceKm      a trip starting or ending this close to a link end covers the link from that end (default 2)
 */
public record MonitorSettings(long nowEpochSecond, double maxClockSkewMinutes, double maxVehicleSpeedKmh,
                              double teleportMinDistanceKm, double reorderWindowHours, double tripGapHours,
                              double stopRadiusKm, double minStopMinutes, double stopSpeedKmh,
                              double candidateRadiusKm, double gpsSigmaKm, double transitionBetaKm,
                              double borderRadiusKm, double portRadiusKm, double terminalRadiusKm,
                              double linkEndToleranceKm) {

    public MonitorSettings {
        positive("max-clock-skew-minutes", maxClockSkewMinutes, true);
        positive("max-vehicle-speed-kmh", maxVehicleSpeedKmh, false);
        positive("teleport-min-distance-km", teleportMinDistanceKm, true);
        positive("reorder-window-hours", reorderWindowHours, true);
        positive("trip-gap-hours", tripGapHours, false);
        positive("stop-radius-km", stopRadiusKm, false);
        positive("min-stop-minutes", minStopMinutes, false);
        positive("stop-speed-kmh", stopSpeedKmh, true);
        positive("candidate-radius-km", candidateRadiusKm, false);
        positive("gps-sigma-km", gpsSigmaKm, false);
        positive("transition-beta-km", transitionBetaKm, false);
        positive("border-radius-km", borderRadiusKm, false);
        positive("port-radius-km", portRadiusKm, false);
        positive("terminal-radius-km", terminalRadiusKm, false);
        positive("link-end-tolerance-km", linkEndToleranceKm, true);
    }

    /** The documented defaults, with "now" as given. */
    public static MonitorSettings defaults(long nowEpochSecond) {
        return new MonitorSettings(nowEpochSecond, 10, 200, 0.5, 24, 6, 0.15, 10, 3, 1.0, 0.1, 1.0, 5, 10, 5, 2);
    }

    /** A copy with another reorder window. */
    public MonitorSettings withReorderWindowHours(double hours) {
        return new MonitorSettings(nowEpochSecond, maxClockSkewMinutes, maxVehicleSpeedKmh, teleportMinDistanceKm,
                hours, tripGapHours, stopRadiusKm, minStopMinutes, stopSpeedKmh, candidateRadiusKm, gpsSigmaKm,
                transitionBetaKm, borderRadiusKm, portRadiusKm, terminalRadiusKm, linkEndToleranceKm);
    }

    /** A copy with another candidate radius and GPS sigma (tighter for precise geometry). */
    public MonitorSettings withMatching(double radiusKm, double sigmaKm) {
        return new MonitorSettings(nowEpochSecond, maxClockSkewMinutes, maxVehicleSpeedKmh, teleportMinDistanceKm,
                reorderWindowHours, tripGapHours, stopRadiusKm, minStopMinutes, stopSpeedKmh, radiusKm, sigmaKm,
                transitionBetaKm, borderRadiusKm, portRadiusKm, terminalRadiusKm, linkEndToleranceKm);
    }

    /** {@link #reorderWindowHours()} in whole seconds. */
    public long reorderWindowSeconds() {
        return Math.round(reorderWindowHours * 3600);
    }

    /** {@link #tripGapHours()} in whole seconds. */
    public long tripGapSeconds() {
        return Math.round(tripGapHours * 3600);
    }

    /** {@link #minStopMinutes()} in whole seconds. */
    public long minStopSeconds() {
        return Math.round(minStopMinutes * 60);
    }

    private static void positive(String name, double value, boolean zeroAllowed) {
        if (!Double.isFinite(value) || value < 0 || (!zeroAllowed && value == 0)) {
            throw InputException.ofParameter("--" + name, "must be a " + (zeroAllowed ? "non-negative" : "positive")
                    + " number, got " + value);
        }
    }
}
