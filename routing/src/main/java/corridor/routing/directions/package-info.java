/**
 * Turn-by-turn directions of a route ({@link corridor.routing.directions.TurnByTurn}): the route's
 * moves over OSM road segments become steps (depart, turn, keep, continue, U-turn, roundabout exit,
 * arrive) with the street's name and ref, distance and time, consecutive segments of one named road
 * merged, the turn classed from the change of bearing at the junction
 * ({@link corridor.routing.directions.Turn}); moves along corridor links become one step each. The
 * steps are grouped under the route's corridor legs ({@link corridor.routing.directions.DirectionsLeg}).
 * Structured results only: the words are the {@code api} module's. No I/O.
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph.
 */
package corridor.routing.directions;
