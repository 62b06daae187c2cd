/**
 * The routing endpoints: routes, Pareto sets, the seaport comparison and mineral routes
 * ({@link corridor.server.route.RouteApi}), and scenarios listed, shown, run and uploaded
 * ({@link corridor.server.route.ScenarioApi}). Requests are read and answers written by
 * {@code corridor.api.route}, as on the command line.
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api.route},
 * {@code corridor.routing}, {@code corridor.model}, Javalin, Jackson.
 */
package corridor.server.route;
