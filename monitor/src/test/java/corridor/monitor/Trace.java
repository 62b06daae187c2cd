package corridor.monitor;

import corridor.model.GeoPoint;
import corridor.model.GreatCircle;
import corridor.model.Polyline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds hand-made GPS traces for tests: drive along lines at a speed, stop, skip a gap. */
final class Trace {

    final String vehicle;
    final List<Ping> pings = new ArrayList<>();
    private final Random random;
    private final double noiseKm;
    private final int intervalSeconds;
    long t;
    private double lat;
    private double lon;
    private long gapFrom = Long.MAX_VALUE;
    private long gapTo = Long.MIN_VALUE;

    Trace(String vehicle, long startEpochSecond, int intervalSeconds, double noiseKm, long seed) {
        this.vehicle = vehicle;
        this.t = startEpochSecond;
        this.intervalSeconds = intervalSeconds;
        this.noiseKm = noiseKm;
        this.random = new Random(seed);
    }

    /** No pings between these times. */
    Trace gap(long fromEpochSecond, long toEpochSecond) {
        gapFrom = fromEpochSecond;
        gapTo = toEpochSecond;
        return this;
    }

    /** Drives along the line at the speed, pinging every interval; returns the time at the end. */
    long drive(Polyline line, double speedKmh) {
        List<GeoPoint> pts = line.points();
        double startT = t;
        double total = 0;
        double[] cum = new double[pts.size()];
        for (int i = 1; i < pts.size(); i++) {
            total += GreatCircle.distanceKm(pts.get(i - 1), pts.get(i));
            cum[i] = total;
        }
        double durationS = total / speedKmh * 3600;
        for (double s = intervalSeconds; s < durationS; s += intervalSeconds) {
            double km = s / durationS * total;
            int seg = 1;
            while (seg < pts.size() - 1 && cum[seg] < km) {
                seg++;
            }
            double f = (km - cum[seg - 1]) / (cum[seg] - cum[seg - 1]);
            lat = pts.get(seg - 1).latitude() + f * (pts.get(seg).latitude() - pts.get(seg - 1).latitude());
            lon = pts.get(seg - 1).longitude() + f * (pts.get(seg).longitude() - pts.get(seg - 1).longitude());
            ping((long) (startT + s), speedKmh);
        }
        t = Math.round(startT + durationS);
        lat = line.last().latitude();
        lon = line.last().longitude();
        return t;
    }

    /** Stays put for the duration, pinging every five minutes, on arrival and on departure. */
    Trace stop(GeoPoint where, long seconds) {
        lat = where.latitude();
        lon = where.longitude();
        long end = t + seconds;
        for (long s = t; s < end; s += 300) {
            ping(s, 0);
        }
        ping(end, 0);
        t = end;
        return this;
    }

    private void ping(long when, double speedKmh) {
        if (when >= gapFrom && when < gapTo) {
            return;
        }
        double nLat = noiseKm * random.nextGaussian() / 111.195;
        double nLon = noiseKm * random.nextGaussian() / (111.195 * Math.cos(Math.toRadians(lat)));
        pings.add(new Ping(vehicle, when, lat + nLat, lon + nLon, Double.NaN, Double.NaN, pings.size() + 2));
    }
}
