package corridor.routing.directions;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;

import java.util.function.IntFunction;

/** The bearings a line leaves its start and reaches its end on. Stateless; thread-safe. */
final class Bearings {

    /**
     * How far from a junction a road's bearing is measured, m: the bearing runs to the first point of the
     * line at least this far away (or its far end), so that a vertex a metre off the junction does not
     * decide the turn.
     */
    static final double REACH_M = 20;

    private Bearings() {
    }

    /**
     * The bearing a line of {@code count} points leaves its start on, degrees clockwise from north; driven
     * {@code backwards}, its start is its last point.
     */
    static double leaving(IntFunction<GeoPoint> point, int count, boolean backwards) {
        return backwards ? from(point, count - 1, -1, count) : from(point, 0, 1, count);
    }

    /** The bearing a line reaches its end on (its first point when driven {@code backwards}), degrees. */
    static double arriving(IntFunction<GeoPoint> point, int count, boolean backwards) {
        double back = backwards ? from(point, 0, 1, count) : from(point, count - 1, -1, count);
        return (back + 180) % 360;
    }

    /** Bearing from point {@code k0} to the first point {@link #REACH_M} away walking by {@code step}. */
    private static double from(IntFunction<GeoPoint> point, int k0, int step, int count) {
        GeoPoint origin = point.apply(k0);
        GeoPoint target = origin;
        for (int k = k0 + step; k >= 0 && k < count; k += step) {
            target = point.apply(k);
            if (GreatCircle.distanceKm(origin, target) * 1000 >= REACH_M) {
                break;
            }
        }
        return GreatCircle.bearingDegrees(origin, target);
    }
}
