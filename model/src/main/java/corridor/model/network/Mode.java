package corridor.model.network;

/** How goods move along a link. */
public enum Mode {
    ROAD,
    RAIL,
    SEA,
    /** A short connection between two places of one hub, such as a port gate and its city. */
    TRANSFER
}
