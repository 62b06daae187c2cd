package corridor.monitor.track;

import corridor.model.geo.GreatCircle;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns time-ordered pings of one vehicle into track points, collapsing stops.
 *
 * <p>A stop is a run of pings that all lie within {@code stopRadiusKm} of the run's first ping
 * (dispersion rule) and whose reported speed, where given, is at most {@code stopSpeedKmh}, lasting
 * at least {@code minStopMinutes}. A shorter run is emitted as moving pings. Once a run is long
 * enough to be a stop only its running sums are kept, so a vehicle parked for days costs
 * constant memory.
 */
final class StopDetector {

    private final double stopRadiusKm;
    private final double stopSpeedKmh;
    private final long minStopSeconds;
    private final Consumer<TrackPoint> out;
    private final List<Ping> pending = new ArrayList<>();
    private boolean confirmed;
    private double anchorLat;
    private double anchorLon;
    private double sumLat;
    private double sumLon;
    private long count;
    private long firstEpochSecond;
    private long lastEpochSecond;

    StopDetector(MonitorSettings settings, Consumer<TrackPoint> out) {
        this.stopRadiusKm = settings.stopRadiusKm();
        this.stopSpeedKmh = settings.stopSpeedKmh();
        this.minStopSeconds = settings.minStopSeconds();
        this.out = out;
    }

    void add(Ping ping) {
        if (count > 0 && belongs(ping)) {
            include(ping);
            if (!confirmed && lastEpochSecond - firstEpochSecond >= minStopSeconds) {
                confirmed = true;
                pending.clear();
            }
            return;
        }
        flush();
        start(ping);
    }

    /** Emits whatever is pending: a stop when long enough, else moving points. */
    void flush() {
        if (count == 0) {
            return;
        }
        if (confirmed) {
            out.accept(new TrackPoint(sumLat / count, sumLon / count, firstEpochSecond, lastEpochSecond, true));
        } else {
            for (Ping p : pending) {
                out.accept(new TrackPoint(p.latitude(), p.longitude(), p.epochSecond(), p.epochSecond(), false));
            }
        }
        pending.clear();
        count = 0;
        confirmed = false;
    }

    private boolean belongs(Ping ping) {
        if (ping.hasSpeed() && ping.speedKmh() > stopSpeedKmh) {
            return false;
        }
        return GreatCircle.distanceKm(anchorLat, anchorLon, ping.latitude(), ping.longitude()) <= stopRadiusKm;
    }

    private void start(Ping ping) {
        anchorLat = ping.latitude();
        anchorLon = ping.longitude();
        sumLat = 0;
        sumLon = 0;
        count = 0;
        firstEpochSecond = ping.epochSecond();
        // A ping reporting motion cannot open a stop; it is a moving point on its own.
        if (ping.hasSpeed() && ping.speedKmh() > stopSpeedKmh) {
            out.accept(new TrackPoint(ping.latitude(), ping.longitude(), ping.epochSecond(), ping.epochSecond(), false));
            return;
        }
        include(ping);
    }

    private void include(Ping ping) {
        sumLat += ping.latitude();
        sumLon += ping.longitude();
        count++;
        lastEpochSecond = ping.epochSecond();
        if (!confirmed) {
            pending.add(ping);
        }
    }
}
