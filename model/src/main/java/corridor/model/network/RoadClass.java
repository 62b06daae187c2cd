package corridor.model.network;

/** What kind of road a road link is, as the road authority classes it; drawn by the map, not used by routing. */
public enum RoadClass {
    /** An access-controlled motorway (Pakistan's M-1 to M-14, China's G expressways). */
    MOTORWAY,
    /** A national highway (Pakistan's N-5 to N-95, China's G national roads such as G314). */
    NATIONAL_HIGHWAY,
    /** A strategic or provincial road, or a city expressway. */
    OTHER_ROAD
}
