package corridor.routing.directions;

import java.util.List;

/**
 * The turn-by-turn directions of a route: its corridor legs, each with its steps. Immutable.
 *
 * @param legs          the corridor legs in order
 * @param streetLevel   whether some step drives the dataset's OSM roads; when false every step follows a
 *                      corridor link (one step a link)
 * @param roadsImported whether the dataset has street-level roads at all (an OSM extract imported)
 */
public record Directions(List<DirectionsLeg> legs, boolean streetLevel, boolean roadsImported) {

    public Directions {
        legs = List.copyOf(legs);
    }

    /** Every step, in order. */
    public List<Step> steps() {
        return legs.stream().flatMap(l -> l.steps().stream()).toList();
    }
}
