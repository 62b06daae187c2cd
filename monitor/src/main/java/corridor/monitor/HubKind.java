package corridor.monitor;

import corridor.model.Place;
import corridor.model.PlaceKind;

/** The kinds of place where a stop counts as dwell rather than as a stop on the road. */
public enum HubKind {
    /** Border crossing: stops are the time to clear the crossing (CPMM indicator 1). */
    BORDER_CROSSING,
    /** Seaport: stops are port dwell. */
    PORT,
    /** Dry port or rail terminal: stops are terminal dwell. */
    TERMINAL;

    /**
     * The hub kind of a place, or {@code null} for a place where stops are ordinary. A place with
     * border-crossing service (a customs station such as a dry port at the border) counts as a
     * border crossing.
     */
    static HubKind of(Place place) {
        if (place.kind() == PlaceKind.BORDER_CROSSING || place.border() != null) {
            return BORDER_CROSSING;
        }
        return switch (place.kind()) {
            case SEAPORT -> PORT;
            case DRY_PORT, RAIL_TERMINAL -> TERMINAL;
            default -> null;
        };
    }

    /** Lower-case name as stored ({@code border_crossing}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
