/**
 * The monitoring engine's façade: {@link corridor.monitor.MonitorEngine} takes pings from a reader
 * (it is their {@link corridor.monitor.ingest.PingSink}) and runs them through the stages, one
 * package each: {@code ingest} (readers, per-ping checks, rejections, settings) → {@code track}
 * (per vehicle: order, trips, stops) → {@code match} (map matching) → {@code trip} (link passes,
 * hub visits, fixed sections) → {@code indicator} (mergeable aggregates and the figures derived
 * from them). Beside the pipeline: {@code state} (the state file as JSON), {@code simulate} (the
 * fleet simulator, which drives this engine for its simulated month) and {@code score} (an ingest
 * against the simulator's truth). Rendering for the surfaces lives in {@code corridor.api.monitor}.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest}, {@code corridor.monitor.track},
 * {@code corridor.monitor.match}, {@code corridor.monitor.trip}, {@code corridor.monitor.indicator}.
 */
package corridor.monitor;
