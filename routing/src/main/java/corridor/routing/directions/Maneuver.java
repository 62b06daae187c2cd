package corridor.routing.directions;

/** What a step of directions asks the driver to do. */
public enum Maneuver {
    /** Set off along the first road. */
    DEPART,
    /** Go on, straight or nearly, onto a road of another name (or on the same road past a corridor place). */
    CONTINUE,
    /** Turn onto another road (or to stay on the same one where it turns and another road goes on). */
    TURN,
    /** Take the left branch where the road forks (both branches go on nearly straight). */
    KEEP_LEFT,
    /** Take the right branch where the road forks. */
    KEEP_RIGHT,
    /** Turn back the way the route came. */
    U_TURN,
    /** Enter a roundabout and leave it at a numbered exit. */
    ROUNDABOUT,
    /** Follow a corridor link (no street-level roads under it). */
    FOLLOW,
    /** Reach the destination. */
    ARRIVE
}
