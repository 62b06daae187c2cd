/**
 * What a shipper asks and what the engine answers: the query ({@link corridor.routing.route.RouteQuery}
 * with its {@link corridor.routing.route.Cargo}, {@link corridor.routing.route.Weights} or
 * {@link corridor.routing.route.Objective}), the answer ({@link corridor.routing.route.RouteResult},
 * {@link corridor.routing.route.ParetoResult}: routes of legs with their totals, the closures met), and
 * {@link corridor.routing.route.PlaceMatcher}, which finds the places a user typed. Immutable records.
 * May use: corridor.model.
 */
package corridor.routing.route;
