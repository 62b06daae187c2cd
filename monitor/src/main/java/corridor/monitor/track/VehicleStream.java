package corridor.monitor.track;

import corridor.model.geo.GreatCircle;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pings of one vehicle on their way through the engine.
 *
 * <p>Pings may arrive out of order by up to the reorder window: they wait in a small time-sorted
 * buffer and are released once a ping at least one window later has arrived. Released pings
 * pass the teleport and duplicate rules against the previous accepted ping, are cut into trips
 * at gaps, and go through stop detection; a finished trip is matched and analysed at once, so a
 * vehicle holds at most one window of pings plus its current trip's track points.
 *
 * <p>What it finds goes to a {@link TrackSink}: accepted and rejected pings, finished trips. Not
 * thread-safe: one stream per vehicle, fed by one thread.
 */
public final class VehicleStream {

    private final String vehicleId;
    private final TrackSink sink;
    private final MonitorSettings settings;
    private final List<Ping> buffer = new ArrayList<>();
    private int head;
    private long newestEpochSecond = Long.MIN_VALUE;
    private long releasedUpTo = Long.MIN_VALUE;
    private Ping lastAccepted;
    private final List<TrackPoint> tripPoints = new ArrayList<>();
    private final StopDetector stops;

    /**
     * @param vehicleId the vehicle whose pings this stream receives
     * @param settings  the reorder window, the teleport, duplicate and trip-gap rules, stop detection
     * @param sink      receives the stream's findings
     */
    public VehicleStream(String vehicleId, MonitorSettings settings, TrackSink sink) {
        this.vehicleId = vehicleId;
        this.sink = sink;
        this.settings = settings;
        this.stops = new StopDetector(settings, tripPoints::add);
    }

    /** Takes the vehicle's next ping (in any order within the reorder window). */
    public void add(Ping ping) {
        long t = ping.epochSecond();
        if (t < releasedUpTo) {
            sink.rejected(ping, RejectReason.OUT_OF_ORDER, "older than pings of the same vehicle already processed (up to "
                    + Instant.ofEpochSecond(releasedUpTo) + "); sort the input or widen the reorder window of "
                    + settings.reorderWindowHours() + " h");
            return;
        }
        insertSorted(ping);
        if (t > newestEpochSecond) {
            newestEpochSecond = t;
            release(newestEpochSecond - settings.reorderWindowSeconds());
        }
    }

    /** Releases everything, ends the current trip. */
    public void finish() {
        release(Long.MAX_VALUE);
        endTrip();
    }

    private void insertSorted(Ping ping) {
        int i = buffer.size();
        while (i > head && buffer.get(i - 1).epochSecond() > ping.epochSecond()) {
            i--;
        }
        buffer.add(i, ping);
    }

    private void release(long upTo) {
        while (head < buffer.size() && buffer.get(head).epochSecond() <= upTo) {
            Ping p = buffer.get(head);
            buffer.set(head, null);
            head++;
            releasedUpTo = p.epochSecond();
            process(p);
        }
        if (head == buffer.size()) {
            buffer.clear();
            head = 0;
        } else if (head > 1024 && head > buffer.size() / 2) {
            buffer.subList(0, head).clear();
            head = 0;
        }
    }

    private void process(Ping p) {
        if (lastAccepted != null) {
            long dt = p.epochSecond() - lastAccepted.epochSecond();
            double km = GreatCircle.distanceKm(lastAccepted.latitude(), lastAccepted.longitude(), p.latitude(),
                    p.longitude());
            if (dt == 0) {
                rejectAgainst(p, km < settings.teleportMinDistanceKm() ? RejectReason.DUPLICATE : RejectReason.TELEPORT,
                        km, dt);
                return;
            }
            if (km > settings.teleportMinDistanceKm() && km / dt * 3600 > settings.maxVehicleSpeedKmh()) {
                rejectAgainst(p, RejectReason.TELEPORT, km, dt);
                return;
            }
            if (dt > settings.tripGapSeconds()) {
                endTrip();
            }
        }
        lastAccepted = p;
        sink.accepted(p);
        stops.add(p);
    }

    /** Rejects {@code p} for a rule broken against the previous accepted ping, {@code km} away {@code seconds} before. */
    private void rejectAgainst(Ping p, RejectReason reason, double km, long seconds) {
        String detail = reason == RejectReason.DUPLICATE
                ? "same time as line " + lastAccepted.line()
                : String.format(Locale.ROOT, "%.1f km from line %d in %d s (%.0f km/h, above %.0f km/h)", km,
                lastAccepted.line(), seconds, seconds == 0 ? Double.POSITIVE_INFINITY : km / seconds * 3600,
                settings.maxVehicleSpeedKmh());
        sink.rejected(p, reason, detail);
    }

    private void endTrip() {
        stops.flush();
        if (!tripPoints.isEmpty()) {
            sink.trip(vehicleId, tripPoints);
            tripPoints.clear();
        }
    }

    /** Pings held in the reorder buffer now (for memory accounting). */
    public int buffered() {
        return buffer.size() - head;
    }
}
