package corridor.model.geo;

import java.util.List;
import java.util.Objects;

/**
 * An ordered line of at least two points, such as the alignment of a road or a sea lane.
 *
 * @param points the vertices in order of travel
 */
public record Polyline(List<GeoPoint> points) {

    public Polyline {
        Objects.requireNonNull(points, "points");
        if (points.size() < 2) {
            throw new IllegalArgumentException("a polyline needs at least two points, got " + points.size());
        }
        points = List.copyOf(points);
    }

    /** A two-point line. */
    public static Polyline of(GeoPoint from, GeoPoint to) {
        return new Polyline(List.of(from, to));
    }

    public GeoPoint first() {
        return points.get(0);
    }

    public GeoPoint last() {
        return points.get(points.size() - 1);
    }

    /** Sum of the great-circle lengths of the segments, in kilometres. */
    public double lengthKm() {
        double lengthKm = 0;
        for (int i = 1; i < points.size(); i++) {
            lengthKm += GreatCircle.distanceKm(points.get(i - 1), points.get(i));
        }
        return lengthKm;
    }

    /**
     * The shortest distance from {@code point} to this line, in km. Each segment is measured in the
     * {@link LocalPlane} of the point: accurate to well under 1% within some tens of km, the scale
     * of buffers and matching tolerances (not for distances of continents).
     */
    public double distanceKm(GeoPoint point) {
        double kmPerDegLat = LocalPlane.KM_PER_DEGREE;
        double kmPerDegLon = LocalPlane.kmPerDegreeLon(point.latitude());
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            double ax = (points.get(i - 1).longitude() - point.longitude()) * kmPerDegLon;
            double ay = (points.get(i - 1).latitude() - point.latitude()) * kmPerDegLat;
            double dx = (points.get(i).longitude() - point.longitude()) * kmPerDegLon - ax;
            double dy = (points.get(i).latitude() - point.latitude()) * kmPerDegLat - ay;
            best = Math.min(best, LocalPlane.distanceKm(ax, ay, dx, dy, LocalPlane.fraction(ax, ay, dx, dy)));
        }
        return best;
    }

    /** The same line travelled the other way. */
    public Polyline reversed() {
        List<GeoPoint> reversed = new java.util.ArrayList<>(points);
        java.util.Collections.reverse(reversed);
        return new Polyline(reversed);
    }
}
