/**
 * The monitoring endpoints ({@link corridor.server.monitor.MonitorApi}): the indicators and the map of the
 * served monitoring state ({@link corridor.server.monitor.MonitorState}: loaded at start, fed by posted
 * pings, kept in the store) or of the simulated month ({@link corridor.server.monitor.SimulatedMonthState}).
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api.monitor},
 * {@code corridor.monitor}, {@code corridor.store}, {@code corridor.model}, Javalin, Jackson.
 */
package corridor.server.monitor;
