package corridor.routing.route;

import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.Place;

import java.util.List;

/**
 * One step of a route: a move along a link, the dwell and handling at a hub where goods change
 * mode, or the clearance at a border crossing. A route's totals are the sum of its legs.
 *
 * @param kind     move, hub or border
 * @param link     the link moved along (moves only), else {@code null}
 * @param reversed whether the link is travelled against the direction of its geometry (moves)
 * @param from     where the leg starts (for a hub or border leg, the place itself)
 * @param to       where the leg ends (for a hub or border leg, the place itself)
 * @param mode     the mode of a move, {@code null} for a hub or border leg
 * @param totals   distance, time, cost, CO2 and risk of the leg
 * @param notes    where values came from when not from the record itself ("speed: road default")
 */
public record Leg(Kind kind, Link link, boolean reversed, Place from, Place to, Mode mode, Totals totals,
                  List<String> notes) {

    /** What a leg is. */
    public enum Kind {
        MOVE, HUB, BORDER
    }

    public Leg {
        notes = List.copyOf(notes);
    }

    /** A short description: the link name for a move, the service for a stop. */
    public String description() {
        return switch (kind) {
            case MOVE -> link.name();
            case HUB -> "dwell and handling at " + from.name();
            case BORDER -> "border crossing at " + from.name();
        };
    }
}
