/**
 * Route requests and answers, shared by the command line and the server. {@link corridor.api.route.RouteRequest}
 * reads a request from text parameters ({@link corridor.api.route.TextParameters}) with one set of rules and
 * error messages; each parameter has one snake_case name, which the API takes as it is ({@code avoid_link})
 * and the command line as an option ({@code --avoid-link}: {@link corridor.api.route.ParameterStyle}). One JSON
 * writer per result type ({@link corridor.api.route.RouteJson}, {@link corridor.api.route.ParetoJson},
 * {@link corridor.api.route.ComparisonJson}, {@link corridor.api.route.ScenarioComparisonJson},
 * {@link corridor.api.route.ExportRoutesJson}, {@link corridor.api.route.CriticalityJson}, and
 * {@link corridor.api.route.RouteGeoJson}), snake_case keys, the same in {@code --format json} and the API.
 * May use: corridor.model, the routing engine's public packages, Jackson.
 */
package corridor.api.route;
