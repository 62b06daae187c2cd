package corridor.model.network;

/** What a place is. Seaports, dry ports and rail terminals are hubs where goods change mode. */
public enum PlaceKind {
    CITY,
    SEAPORT,
    DRY_PORT,
    RAIL_TERMINAL,
    BORDER_CROSSING,
    SPECIAL_ECONOMIC_ZONE,
    MINE,
    POWER_PLANT,
    AIRPORT,
    /** A named point on a sea lane, such as a strait, used to route and draw sea links. */
    SEA_WAYPOINT,
    /** A road junction: an interchange or crossroads, such as the junctions of an OSM road layer. */
    ROAD_JUNCTION;

    /** Whether goods may change mode here (with the hub's dwell and handling cost). */
    public boolean isModalHub() {
        return this == SEAPORT || this == DRY_PORT || this == RAIL_TERMINAL;
    }
}
