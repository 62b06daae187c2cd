/**
 * The routing endpoints: routes, Pareto sets, the seaport comparison and mineral routes
 * ({@link corridor.server.route.RouteApi}), scenarios listed, shown, run and uploaded
 * ({@link corridor.server.route.ScenarioApi}), and travel matrices and isochrones
 * ({@link corridor.server.route.MatrixApi}). Requests are read and answers written by
 * {@code corridor.api.route} and {@code corridor.api.matrix}, as on the command line.
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api.route}, {@code corridor.api.matrix},
 * {@code corridor.routing}, {@code corridor.model}, Javalin, Jackson.
 */
package corridor.server.route;
