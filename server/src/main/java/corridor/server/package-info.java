/**
 * The entry of the server, what {@code corridor serve} uses: {@link corridor.server.CorridorServer}
 * (Javalin and Jetty set up, the areas' handlers registered, the dataset poll), its
 * {@link corridor.server.ServerOptions}, {@link corridor.server.WriteTokens} and the scenarios shipped
 * with a dataset ({@link corridor.server.ShippedScenarios}).
 *
 * <p>May use: every package below it ({@code corridor.server.http}, {@code .dataset}, {@code .route},
 * {@code .evidence}, {@code .monitor}), {@code corridor.model}, {@code corridor.data}, {@code corridor.store},
 * {@code corridor.monitor.indicator}, Javalin, Jetty. Nothing below uses this package.
 */
package corridor.server;
