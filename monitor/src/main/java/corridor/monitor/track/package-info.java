/**
 * The pings of one vehicle on their way through the engine:
 * {@link corridor.monitor.track.VehicleStream} orders them within a bounded reorder window,
 * applies the rules that need the vehicle's previous ping (teleport, duplicate, out of order),
 * cuts trips at gaps and collapses stops ({@code StopDetector}) into
 * {@link corridor.monitor.track.TrackPoint}s; it reports what it finds to a
 * {@link corridor.monitor.track.TrackSink} (the engine).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest}.
 */
package corridor.monitor.track;
