package corridor.routing.directions;

import corridor.model.geo.GeoPoint;
import corridor.model.network.RoadLayer;

import java.util.Arrays;

/**
 * The ways out of each junction of a {@link RoadLayer}: every segment that may be driven away from it
 * (from its from-junction; from its to-junction too unless one-way), in compressed rows, two ints a
 * segment. Also measures the bearing a segment leaves or reaches a junction on. Immutable; thread-safe.
 */
final class JunctionExits {

    private final RoadLayer roads;
    private final int[] start;
    /** segment × 2, plus 1 when the segment leaves against its drawing direction. */
    private final int[] exits;

    JunctionExits(RoadLayer roads) {
        this.roads = roads;
        int n = roads.junctionCount();
        int m = roads.segmentCount();
        start = new int[n + 1];
        for (int s = 0; s < m; s++) {
            start[roads.from(s) + 1]++;
            if (!roads.isOneWay(s)) {
                start[roads.to(s) + 1]++;
            }
        }
        for (int j = 0; j < n; j++) {
            start[j + 1] += start[j];
        }
        exits = new int[start[n]];
        int[] next = Arrays.copyOf(start, n);
        for (int s = 0; s < m; s++) {
            exits[next[roads.from(s)]++] = 2 * s;
            if (!roads.isOneWay(s)) {
                exits[next[roads.to(s)]++] = 2 * s + 1;
            }
        }
    }

    RoadLayer roads() {
        return roads;
    }

    /** The first way out of {@code junction}; its ways out end where those of {@code junction + 1} start. */
    int first(int junction) {
        return start[junction];
    }

    /** Where the ways out of {@code junction} end (exclusive). */
    int end(int junction) {
        return start[junction + 1];
    }

    /** The segment of way out {@code exit}. */
    int segment(int exit) {
        return exits[exit] >>> 1;
    }

    /** Whether way out {@code exit} drives its segment against the drawing direction. */
    boolean backwards(int exit) {
        return (exits[exit] & 1) != 0;
    }

    /** The bearing a segment leaves its start on when driven {@code backwards} or not, degrees. */
    double leavingBearing(int segment, boolean backwards) {
        return Bearings.leaving(k -> point(segment, k), roads.pointCount(segment), backwards);
    }

    /** The bearing a segment reaches its end on when driven {@code backwards} or not, degrees. */
    double arrivingBearing(int segment, boolean backwards) {
        return Bearings.arriving(k -> point(segment, k), roads.pointCount(segment), backwards);
    }

    private GeoPoint point(int segment, int k) {
        return new GeoPoint(roads.pointLat(segment, k), roads.pointLon(segment, k));
    }
}
