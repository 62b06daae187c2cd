package corridor.routing.directions;

/**
 * How sharply a route turns at a junction, from the change of bearing between the road it arrives on
 * and the road it leaves on. The thresholds are GraphHopper's ({@code InstructionsHelper.calculateSign}:
 * 0.2, 0.8 and 1.8 radians, about 11°, 46° and 103°); a change of {@value #U_TURN_DEGREES}° or more is a
 * U-turn. Changes are signed clockwise: positive to the right, negative to the left.
 */
public enum Turn {
    STRAIGHT, SLIGHT_LEFT, LEFT, SHARP_LEFT, SLIGHT_RIGHT, RIGHT, SHARP_RIGHT, U_TURN;

    /** Below this change of bearing (0.2 rad) the road goes straight on, degrees. */
    public static final double STRAIGHT_DEGREES = Math.toDegrees(0.2);
    /** Below this change (0.8 rad) a turn is slight, degrees. */
    public static final double SLIGHT_DEGREES = Math.toDegrees(0.8);
    /** Below this change (1.8 rad) a turn is a plain turn, at or above it sharp, degrees. */
    public static final double TURN_DEGREES = Math.toDegrees(1.8);
    /** At or above this change the route goes back the way it came, degrees. */
    public static final double U_TURN_DEGREES = 170;

    /**
     * The turn of a change of bearing.
     *
     * @param changeDegrees the leaving bearing minus the arriving bearing, degrees, any value (normalised to
     *                      -180 to 180 first); positive to the right
     */
    public static Turn of(double changeDegrees) {
        double change = normalize(changeDegrees);
        double size = Math.abs(change);
        if (size < STRAIGHT_DEGREES) {
            return STRAIGHT;
        }
        if (size >= U_TURN_DEGREES) {
            return U_TURN;
        }
        boolean right = change > 0;
        if (size < SLIGHT_DEGREES) {
            return right ? SLIGHT_RIGHT : SLIGHT_LEFT;
        }
        if (size < TURN_DEGREES) {
            return right ? RIGHT : LEFT;
        }
        return right ? SHARP_RIGHT : SHARP_LEFT;
    }

    /** A change of bearing brought into the range -180 (exclusive) to 180 (inclusive), degrees. */
    public static double normalize(double changeDegrees) {
        double change = changeDegrees % 360;
        if (change > 180) {
            change -= 360;
        } else if (change <= -180) {
            change += 360;
        }
        return change;
    }

    /** Whether the route goes on without turning off (straight on or a slight bend). */
    public boolean isGentle() {
        return this == STRAIGHT || this == SLIGHT_LEFT || this == SLIGHT_RIGHT;
    }
}
