package corridor.routing.directions;

import corridor.model.geo.GeoPoint;
import corridor.model.graph.CompactGraph;
import corridor.model.network.RoadLayer;

/**
 * The ways out of each junction of a {@link RoadLayer} (its {@link CompactGraph}: every segment that may be
 * driven away from it), with the bearing a segment leaves or reaches a junction on. Immutable;
 * thread-safe.
 */
final class JunctionExits {

    private final RoadLayer roads;
    private final CompactGraph exits;

    JunctionExits(RoadLayer roads) {
        this.roads = roads;
        this.exits = roads.junctionGraph(s -> roads.lengthM(s) / 1000);
    }

    RoadLayer roads() {
        return roads;
    }

    /** The first way out of {@code junction}; its ways out end where those of {@code junction + 1} start. */
    int first(int junction) {
        return exits.firstArc(junction);
    }

    /** Where the ways out of {@code junction} end (exclusive). */
    int end(int junction) {
        return exits.endArc(junction);
    }

    /** The segment of way out {@code exit}. */
    int segment(int exit) {
        return exits.segment(exit);
    }

    /** Whether way out {@code exit} drives its segment against the drawing direction. */
    boolean backwards(int exit) {
        return exits.backwards(exit);
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
