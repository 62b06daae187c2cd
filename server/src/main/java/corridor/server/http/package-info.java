/**
 * The HTTP layer under every area: the one list of endpoints ({@link corridor.server.http.Endpoint}),
 * what a request must be before a handler sees it ({@link corridor.server.http.BodyGate},
 * {@link corridor.server.http.ArrivalDeadlines}, {@link corridor.server.http.BufferedBodyRequest},
 * {@link corridor.server.http.RequestFilter}, {@link corridor.server.http.RequestText},
 * {@link corridor.server.http.WriteGuard}), how parameters are read ({@link corridor.server.http.Params}),
 * JSON ({@link corridor.server.http.Json}) and errors in JSON ({@link corridor.server.http.ApiError},
 * {@link corridor.server.http.ErrorResponses}, {@link corridor.server.http.JsonErrorHandler}), and the
 * vendored Leaflet files ({@link corridor.server.http.VendorFiles}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.api.route} (its parameter style), {@code corridor.store}
 * (its {@code BoundingBox}), Javalin, Jetty, Jackson. No other package of the server.
 */
package corridor.server.http;
