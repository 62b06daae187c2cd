package corridor.evidence.proximity;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;

import java.util.List;

/**
 * Shortest distances on the sphere between points, great-circle segments and rings.
 *
 * <p>A point's distance to a segment is its cross-track distance to the segment's great circle when
 * the foot of the perpendicular falls within the segment, else the distance to the nearer end
 * (the standard cross-track / along-track construction on a sphere of the Earth's mean radius).
 * Two segments that cross are 0 apart; otherwise their distance is the least of the four
 * end-to-segment distances, which is exact for non-crossing great-circle segments. Whether two
 * segments cross, and whether a point lies inside a ring, is decided in longitude/latitude, which is
 * sound for the short segments and areas of a corridor away from the poles and the antimeridian.
 */
public final class SphericalDistance {

    private SphericalDistance() {
    }

    /** Distance from {@code p} to the segment {@code a}–{@code b}, in km. */
    public static double pointToSegmentKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        double d12 = angular(a, b);
        double d13 = angular(a, p);
        if (d12 == 0 || d13 == 0) {
            return GreatCircle.distanceKm(a, p);
        }
        double theta12 = bearing(a, b);
        double theta13 = bearing(a, p);
        if (Math.cos(theta13 - theta12) < 0) {
            return GreatCircle.distanceKm(a, p);
        }
        double crossTrack = Math.asin(clamp(Math.sin(d13) * Math.sin(theta13 - theta12)));
        double alongTrack = Math.acos(clamp(Math.cos(d13) / Math.cos(crossTrack)));
        if (alongTrack > d12) {
            return GreatCircle.distanceKm(b, p);
        }
        return Math.abs(crossTrack) * GreatCircle.EARTH_RADIUS_KM;
    }

    /** Distance from {@code p} to a line through {@code points} (at least one point), in km. */
    public static double pointToLineKm(GeoPoint p, List<GeoPoint> points) {
        if (points.size() == 1) {
            return GreatCircle.distanceKm(p, points.get(0));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, pointToSegmentKm(p, points.get(i - 1), points.get(i)));
        }
        return best;
    }

    /** Distance between segments {@code a1}–{@code a2} and {@code b1}–{@code b2}, in km; 0 when they cross. */
    public static double segmentToSegmentKm(GeoPoint a1, GeoPoint a2, GeoPoint b1, GeoPoint b2) {
        if (cross(a1, a2, b1, b2)) {
            return 0;
        }
        return Math.min(Math.min(pointToSegmentKm(a1, b1, b2), pointToSegmentKm(a2, b1, b2)),
                Math.min(pointToSegmentKm(b1, a1, a2), pointToSegmentKm(b2, a1, a2)));
    }

    /** Distance from a closed ring (an area) to a line, in km; 0 when the line enters the area. */
    public static double ringToLineKm(List<GeoPoint> ring, List<GeoPoint> line) {
        for (GeoPoint point : line) {
            if (inside(point, ring)) {
                return 0;
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < ring.size(); i++) {
            for (int j = 1; j < line.size(); j++) {
                best = Math.min(best, segmentToSegmentKm(ring.get(i - 1), ring.get(i), line.get(j - 1), line.get(j)));
                if (best == 0) {
                    return 0;
                }
            }
        }
        return best;
    }

    /** Whether {@code p} lies inside the closed ring (ray casting in longitude/latitude). */
    public static boolean inside(GeoPoint p, List<GeoPoint> ring) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            GeoPoint a = ring.get(i);
            GeoPoint b = ring.get(j);
            if ((a.latitude() > p.latitude()) != (b.latitude() > p.latitude())) {
                double longitudeAtP = (b.longitude() - a.longitude()) * (p.latitude() - a.latitude())
                        / (b.latitude() - a.latitude()) + a.longitude();
                if (p.longitude() < longitudeAtP) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static boolean cross(GeoPoint a1, GeoPoint a2, GeoPoint b1, GeoPoint b2) {
        double d1 = orientation(b1, b2, a1);
        double d2 = orientation(b1, b2, a2);
        double d3 = orientation(a1, a2, b1);
        double d4 = orientation(a1, a2, b2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double orientation(GeoPoint a, GeoPoint b, GeoPoint c) {
        return (b.longitude() - a.longitude()) * (c.latitude() - a.latitude())
                - (b.latitude() - a.latitude()) * (c.longitude() - a.longitude());
    }

    private static double angular(GeoPoint a, GeoPoint b) {
        return GreatCircle.distanceKm(a, b) / GreatCircle.EARTH_RADIUS_KM;
    }

    private static double bearing(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latitude());
        double phi2 = Math.toRadians(b.latitude());
        double dLambda = Math.toRadians(b.longitude() - a.longitude());
        return Math.atan2(Math.sin(dLambda) * Math.cos(phi2),
                Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda));
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
