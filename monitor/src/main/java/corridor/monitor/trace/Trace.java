package corridor.monitor.trace;

import java.util.Arrays;

/**
 * A GPS trace: points in driving order, with or without times.
 *
 * @param lat         latitudes, degrees
 * @param lon         longitudes, degrees, as many as {@code lat}
 * @param epochSecond the time of each point, seconds since 1970-01-01T00:00Z, as many as {@code lat};
 *                    {@code null} for a trace without times (then no speeds are given)
 */
public record Trace(double[] lat, double[] lon, long[] epochSecond) {

    /** @throws IllegalArgumentException when the arrays differ in length or a coordinate is off the Earth */
    public Trace {
        if (lon.length != lat.length || (epochSecond != null && epochSecond.length != lat.length)) {
            throw new IllegalArgumentException("trace arrays differ in length");
        }
        for (int i = 0; i < lat.length; i++) {
            if (!(lat[i] >= -90 && lat[i] <= 90 && lon[i] >= -180 && lon[i] <= 180)) {
                throw new IllegalArgumentException("point " + i + " is off the Earth");
            }
        }
        lat = lat.clone();
        lon = lon.clone();
        epochSecond = epochSecond == null ? null : epochSecond.clone();
    }

    public int size() {
        return lat.length;
    }

    /** Whether every point has a time. */
    public boolean timed() {
        return epochSecond != null;
    }

    @Override
    public double[] lat() {
        return lat.clone();
    }

    @Override
    public double[] lon() {
        return lon.clone();
    }

    @Override
    public long[] epochSecond() {
        return epochSecond == null ? null : epochSecond.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && Arrays.equals(lat, t.lat) && Arrays.equals(lon, t.lon)
                && Arrays.equals(epochSecond, t.epochSecond);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(lat) + Arrays.hashCode(lon)) + Arrays.hashCode(epochSecond);
    }

    @Override
    public String toString() {
        return "Trace[" + lat.length + " points" + (timed() ? ", timed]" : "]");
    }
}
