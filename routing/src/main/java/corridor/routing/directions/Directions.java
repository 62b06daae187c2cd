package corridor.routing.directions;

import java.util.List;

/**
 * The turn-by-turn directions of a route: its corridor legs, each with its steps. Immutable.
 *
 * @param legs          the corridor legs in order
 * @param streetLevel   whether some step drives the dataset's OSM roads; when false every step follows a
 *                      corridor link (one step a link)
 * @param roadsImported whether the dataset has street-level roads at all (an OSM extract imported)
 * @param attribution   the licence notice of the roads the steps drive ("© OpenStreetMap contributors, ODbL
 *                      1.0"), which every use must show; empty when no step drives them
 */
public record Directions(List<DirectionsLeg> legs, boolean streetLevel, boolean roadsImported, String attribution) {

    public Directions {
        legs = List.copyOf(legs);
    }

    /** Every step, in order. */
    public List<Step> steps() {
        return legs.stream().flatMap(l -> l.steps().stream()).toList();
    }
}
