package corridor.model.geo;

/**
 * Numbered lines, each drawn through at least two points (WGS84 degrees): the road segments of a road
 * layer, the corridor links a monitor matches to. What a {@link SegmentIndex} indexes. Implementations
 * are read by the index's constructor and lookups and must not change while an index uses them.
 */
public interface SegmentGeometry {

    /** Number of segments, numbered from 0. */
    int segmentCount();

    /** Number of points of {@code segment} (at least 2). */
    int pointCount(int segment);

    /** Latitude of point {@code k} of {@code segment}, degrees north. */
    double pointLat(int segment, int k);

    /** Longitude of point {@code k} of {@code segment}, degrees east. */
    double pointLon(int segment, int k);
}
