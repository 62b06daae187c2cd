package corridor.monitor.simulate;

import corridor.model.network.Link;
import corridor.model.network.RoadClass;
import corridor.model.network.Terrain;

/**
 * The fleet simulator's open-road truck speeds by road class and terrain, km/h. They are
 * calibration parameters, not published facts: CPMM publishes speeds per country and corridor, not
 * per road class, so the speeds below keep a plausible order (motorway above national highway above
 * other roads; mountain roads slowest whatever their class) and were scaled together so that the
 * simulated month lands on CPMM's Pakistan speed without delay (monitor/INDICATORS.md, "The
 * simulator against CPMM"). Pure; thread-safe.
 */
final class RoadSpeeds {

    /** On a motorway, km/h (calibration parameter). */
    static final double MOTORWAY_KMH = 41;
    /** On a national highway, km/h (calibration parameter). */
    static final double NATIONAL_HIGHWAY_KMH = 29;
    /** On another road (provincial, strategic, city expressway), km/h (calibration parameter). */
    static final double OTHER_ROAD_KMH = 23.5;
    /** On a mountain road, whatever its class, km/h (calibration parameter). */
    static final double MOUNTAIN_KMH = 18;

    private RoadSpeeds() {
    }

    /**
     * A road link's open-road speed: the link's own typical speed when the dataset gives one, else by
     * terrain and class; {@code unknownKmh} for a link of no known class.
     */
    static double openRoadKmh(Link link, double unknownKmh) {
        if (link.speedKmh() != null) {
            return link.speedKmh();
        }
        if (link.terrain() == Terrain.MOUNTAIN) {
            return MOUNTAIN_KMH;
        }
        RoadClass roadClass = link.roadClass();
        if (roadClass == null) {
            return unknownKmh;
        }
        return switch (roadClass) {
            case MOTORWAY -> MOTORWAY_KMH;
            case NATIONAL_HIGHWAY -> NATIONAL_HIGHWAY_KMH;
            case OTHER_ROAD -> OTHER_ROAD_KMH;
        };
    }
}
