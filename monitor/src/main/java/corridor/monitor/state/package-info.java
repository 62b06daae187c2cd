/**
 * The monitoring state as text: {@link corridor.monitor.state.StateJson} writes
 * {@link corridor.monitor.indicator.Aggregates} as versioned, deterministic JSON to a
 * {@code Writer} and reads it back from a {@code Reader} (both handed in), so that ingestion can
 * stop, resume and merge parts. The engine's {@code state} package: the only one in {@code monitor}
 * that uses Jackson.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest} (reject reasons),
 * {@code corridor.monitor.indicator}, Jackson.
 */
package corridor.monitor.state;
