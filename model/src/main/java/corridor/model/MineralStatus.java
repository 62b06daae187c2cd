package corridor.model;

/** Stage of a mineral area. */
public enum MineralStatus {
    EXPLORATION,
    DEVELOPMENT,
    PRODUCTION
}
