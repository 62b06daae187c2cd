package corridor.routing.directions;

import corridor.model.network.Place;
import corridor.routing.route.Leg;
import corridor.routing.route.Totals;

import java.util.List;

/**
 * A corridor leg of a route with its steps: the moves from one place of the dataset to the next (the OSM
 * junctions between them are not places of the corridor), or a stop at a hub or border crossing, which
 * has no steps. Immutable.
 *
 * @param kind        a run of moves, a hub or a border
 * @param from        where it starts (a stop's place)
 * @param to          where it ends (a stop's place)
 * @param description "Islamabad → Rawalpindi" for moves, the stop's own description for a stop
 * @param totals      the sum of the route's legs it covers
 * @param steps       the steps of its moves, in order; the last leg of moves ends with the arrival
 */
public record DirectionsLeg(Leg.Kind kind, Place from, Place to, String description, Totals totals, List<Step> steps) {

    public DirectionsLeg {
        steps = List.copyOf(steps);
    }
}
