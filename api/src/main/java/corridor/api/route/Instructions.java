package corridor.api.route;

import corridor.routing.directions.Directions;
import corridor.routing.directions.Step;
import corridor.routing.directions.Turn;

import java.util.Locale;

/**
 * The English words of turn-by-turn directions, the same in {@code route --format directions}, the API's
 * {@code directions} and the planner: one sentence a step ("Turn left onto Jinnah Avenue (N-5)"),
 * distances and times as a driver reads them, and the note that says when there are no streets under
 * the steps. Stateless; thread-safe.
 */
public final class Instructions {

    private static final String[] COMPASS = {"north", "northeast", "east", "southeast", "south", "southwest", "west",
            "northwest"};

    private Instructions() {
    }

    /** The step as one sentence, without a full stop. */
    public static String of(Step step) {
        String road = road(step.name(), step.ref());
        String onto = road.isEmpty() ? "" : (step.staysOnRoad() ? " to stay on " : " onto ") + road;
        return switch (step.maneuver()) {
            case DEPART -> "Head " + compass(step.headingDegrees()) + (road.isEmpty() ? "" : " on " + road);
            case CONTINUE -> "Continue" + (road.isEmpty() ? "" : (step.staysOnRoad() ? " on " : " onto ") + road);
            case TURN -> "Turn " + turn(step.turn()) + onto;
            case KEEP_LEFT -> "Keep left" + onto;
            case KEEP_RIGHT -> "Keep right" + onto;
            case U_TURN -> "Make a U-turn" + (road.isEmpty() ? "" : (step.staysOnRoad() ? " on " : " onto ") + road);
            case ROUNDABOUT -> step.exit() == 0 ? "Enter the roundabout"
                    : "At the roundabout, take the " + ordinal(step.exit()) + " exit" + (road.isEmpty() ? "" : " onto " + road);
            case FOLLOW -> "Follow " + step.name() + (step.towards().isEmpty() ? "" : " to " + step.towards());
            case ARRIVE -> "Arrive at " + step.name();
        };
    }

    /** A road's name and ref as signs show them: "Jinnah Avenue (N-5)", "N-5", "Jinnah Avenue", or empty. */
    public static String road(String name, String ref) {
        if (name.isEmpty()) {
            return ref;
        }
        return ref.isEmpty() ? name : name + " (" + ref + ")";
    }

    /**
     * What the directions rest on, for the reader: empty when the steps drive street-level roads; else that
     * each step is a corridor link, and why (no roads imported, or none on this route).
     */
    public static String note(Directions directions) {
        if (directions.streetLevel()) {
            return "";
        }
        return directions.roadsImported()
                ? "this route uses no street-level roads: one step per corridor link, named by the link"
                : "the dataset has no street-level roads (corridor import osm FILE.osm.pbf --into DIR, then --data DIR): "
                + "one step per corridor link, named by the link";
    }

    /** A step's distance: "850 m" under a kilometre, else "12.3 km". */
    public static String distance(double km) {
        return km < 1 ? String.format(Locale.ROOT, "%.0f m", km * 1000) : String.format(Locale.ROOT, "%.1f km", km);
    }

    /** A step's time: "under 1 min", "12 min", "2 h 05 min". */
    public static String duration(double hours) {
        long minutes = Math.round(hours * 60);
        if (minutes < 1) {
            return "under 1 min";
        }
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** "left", "slight right", "sharp left"; the words of a {@link Turn}. */
    public static String turn(Turn turn) {
        return turn.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** One of eight compass points for a bearing in degrees. */
    static String compass(double bearingDegrees) {
        int sector = (int) Math.floor(((bearingDegrees % 360 + 360) % 360 + 22.5) / 45) % 8;
        return COMPASS[sector];
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
