package corridor.model.record;

/** Stage of a mineral area. */
public enum MineralStatus {
    EXPLORATION,
    DEVELOPMENT,
    PRODUCTION
}
