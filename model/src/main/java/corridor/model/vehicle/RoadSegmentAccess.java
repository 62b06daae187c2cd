package corridor.model.vehicle;

import corridor.model.network.RoadLayer;

/**
 * Whether a vehicle may drive a street-level road segment, from the OSM tags the import stored with it:
 * its {@code maxweight} and {@code maxheight} keep off a vehicle whose gross weight or height is over them
 * (a figure the vehicle does not give keeps it on), as the router applies them; and for a heavy transport
 * vehicle, {@code hgv=no} (or {@code access=no} without an hgv exception). Stateless; thread-safe.
 */
public final class RoadSegmentAccess {

    private RoadSegmentAccess() {
    }

    /**
     * What keeps a vehicle off a segment.
     *
     * @param tag    the OSM tag that does: {@code osm:maxweight}, {@code osm:maxheight}, {@code osm:maxlength} or
     *               {@code osm:hgv}
     * @param reason why, in a few words ("gross weight 40 t over the 18 t limit")
     */
    public record Restriction(String tag, String reason) {
    }

    /**
     * The segment's {@code maxweight}, {@code maxheight} or {@code maxlength} that {@code vehicle} is over, or
     * {@code null}:
     * the limits the router keeps every vehicle to (it keeps segments closed to goods vehicles out of its
     * graph altogether).
     */
    public static Restriction limits(RoadLayer roads, int segment, Vehicle vehicle) {
        String reason = AccessRule.over("gross weight", vehicle.grossWeightTonnes(), roads.maxWeightTonnes(segment), "t");
        if (reason != null) {
            return new Restriction("osm:maxweight", reason);
        }
        reason = AccessRule.over("height", vehicle.heightM(), roads.maxHeightM(segment), "m");
        if (reason != null) {
            return new Restriction("osm:maxheight", reason);
        }
        reason = AccessRule.over("length", vehicle.lengthM(), roads.maxLengthM(segment), "m");
        return reason == null ? null : new Restriction("osm:maxlength", reason);
    }

    /**
     * What keeps {@code vehicle} off the segment, or {@code null} when it may drive it: the segment closed to
     * goods vehicles for a heavy transport vehicle, else its {@link #limits}.
     */
    public static Restriction of(RoadLayer roads, int segment, Vehicle vehicle) {
        if (vehicle.vehicleClass() == VehicleClass.HEAVY_TRANSPORT && !roads.allowsGoodsVehicles(segment)) {
            return new Restriction("osm:hgv", "closed to goods vehicles (hgv=no, or access=no without an hgv exception)");
        }
        return limits(roads, segment, vehicle);
    }
}
