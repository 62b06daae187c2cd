package corridor.monitor;

import corridor.model.GreatCircle;

import java.util.ArrayList;
import java.util.List;

/**
 * The pings of one vehicle on their way through the engine.
 *
 * <p>Pings may arrive out of order by up to the reorder window: they wait in a small time-sorted
 * buffer and are released once a ping at least one window later has arrived. Released pings
 * pass the teleport and duplicate rules against the previous accepted ping, are cut into trips
 * at gaps, and go through stop detection; a finished trip is matched and analysed at once, so a
 * vehicle holds at most one window of pings plus its current trip's track points.
 */
final class VehicleStream {

    private final String vehicleId;
    private final MonitorEngine engine;
    private final MonitorSettings settings;
    private final List<Ping> buffer = new ArrayList<>();
    private int head;
    private long newestEpochSecond = Long.MIN_VALUE;
    private long releasedUpTo = Long.MIN_VALUE;
    private Ping lastAccepted;
    private final List<TrackPoint> tripPoints = new ArrayList<>();
    private final StopDetector stops;

    VehicleStream(String vehicleId, MonitorEngine engine, MonitorSettings settings) {
        this.vehicleId = vehicleId;
        this.engine = engine;
        this.settings = settings;
        this.stops = new StopDetector(settings, tripPoints::add);
    }

    void add(Ping ping) {
        long t = ping.epochSecond();
        if (t < releasedUpTo) {
            engine.rejectLate(ping, releasedUpTo);
            return;
        }
        insertSorted(ping);
        if (t > newestEpochSecond) {
            newestEpochSecond = t;
            release(newestEpochSecond - settings.reorderWindowSeconds());
        }
    }

    /** Releases everything, ends the current trip. */
    void finish() {
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
                engine.rejectAgainst(p, km < settings.teleportMinDistanceKm() ? RejectReason.DUPLICATE : RejectReason.TELEPORT,
                        lastAccepted, km, dt);
                return;
            }
            if (km > settings.teleportMinDistanceKm() && km / dt * 3600 > settings.maxVehicleSpeedKmh()) {
                engine.rejectAgainst(p, RejectReason.TELEPORT, lastAccepted, km, dt);
                return;
            }
            if (dt > settings.tripGapSeconds()) {
                endTrip();
            }
        }
        lastAccepted = p;
        engine.countAccepted();
        stops.add(p);
    }

    private void endTrip() {
        stops.flush();
        if (!tripPoints.isEmpty()) {
            engine.trip(vehicleId, tripPoints);
            tripPoints.clear();
        }
    }

    /** Pings held in the reorder buffer (for memory accounting in tests). */
    int buffered() {
        return buffer.size() - head;
    }
}
