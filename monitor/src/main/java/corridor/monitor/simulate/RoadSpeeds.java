package corridor.monitor.simulate;

import corridor.model.vehicle.RoadSpeedModel.RoadKind;
import corridor.model.vehicle.RoadSpeedModel;
import corridor.model.vehicle.VehicleClass;
import corridor.model.network.Link;
import corridor.model.network.RoadClass;
import corridor.model.network.Terrain;

/**
 * The fleet simulator's open-road truck speeds: the one speed model the router also uses
 * ({@link RoadSpeedModel}, heavy transport vehicles, by road class and terrain), so that the
 * simulated month and the router agree link by link. Pure; thread-safe.
 */
final class RoadSpeeds {

    /** On a motorway, km/h (calibration parameter of {@link RoadSpeedModel}). */
    static final double MOTORWAY_KMH = RoadSpeedModel.HEAVY_MOTORWAY_KMH;
    /** On a national highway, km/h (calibration parameter). */
    static final double NATIONAL_HIGHWAY_KMH = RoadSpeedModel.HEAVY_NATIONAL_HIGHWAY_KMH;
    /** On another road (provincial, strategic, city expressway), km/h (calibration parameter). */
    static final double OTHER_ROAD_KMH = RoadSpeedModel.HEAVY_OTHER_ROAD_KMH;
    /** On a mountain road, whatever its class, km/h (calibration parameter). */
    static final double MOUNTAIN_KMH = RoadSpeedModel.HEAVY_MOUNTAIN_KMH;

    private RoadSpeeds() {
    }

    /**
     * A road link's open-road speed for a truck: the link's own typical speed when the dataset gives
     * one, else the speed model's by terrain and class; {@code unknownKmh} for a link of no known class.
     */
    static double openRoadKmh(Link link, double unknownKmh) {
        if (link.speedKmh() != null) {
            return link.speedKmh();
        }
        RoadKind kind = RoadKind.of(link.roadClass(), link.terrain());
        return kind == null ? unknownKmh : RoadSpeedModel.kmh(kind, VehicleClass.HEAVY_TRANSPORT);
    }
}
