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
 * @param speedKmh    the average speed of a move, km/h (its distance over its time); {@code null} for a hub or
 *                    border leg and for a move that takes no time (a transfer counted at its hub)
 * @param speedSource where the move's speed comes from (the speed model's row, the link's own, modes.csv, OSM,
 *                    or the observed median); empty for a hub or border leg
 * @param p95Hours    the leg's time at the 95th percentile, hours: the observed one where {@code timeSource}
 *                    is observed, else the leg's (model) time
 * @param timeSource  where the leg's time comes from: the model or the observed median of a month
 */
public record Leg(Kind kind, Link link, boolean reversed, Place from, Place to, Mode mode, Totals totals,
                  List<String> notes, Double speedKmh, String speedSource, double p95Hours, TimeSource timeSource) {

    /** A leg whose time is the model's (its 95th percentile the same). */
    public Leg(Kind kind, Link link, boolean reversed, Place from, Place to, Mode mode, Totals totals,
               List<String> notes, Double speedKmh, String speedSource) {
        this(kind, link, reversed, from, to, mode, totals, notes, speedKmh, speedSource, totals.hours(),
                TimeSource.MODEL);
    }

    /** A leg without a speed (a hub or border leg), its time the model's. */
    public Leg(Kind kind, Link link, boolean reversed, Place from, Place to, Mode mode, Totals totals,
               List<String> notes) {
        this(kind, link, reversed, from, to, mode, totals, notes, null, "");
    }

    /** What a leg is. */
    public enum Kind {
        MOVE, HUB, BORDER
    }

    public Leg {
        notes = List.copyOf(notes);
        speedSource = speedSource == null ? "" : speedSource;
        timeSource = timeSource == null ? TimeSource.MODEL : timeSource;
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
