/**
 * The fleet simulator with its ground truth: {@link corridor.monitor.simulate.FleetSimulator}
 * drives trucks between hubs over the road links (open-road speeds by road class and terrain,
 * {@code RoadSpeeds}; border gates and queues, {@code BorderQueue}) and reports their pings and
 * what really happened ({@link corridor.monitor.simulate.TruthTrip}), as
 * {@link corridor.monitor.simulate.SimulationSettings} say;
 * {@link corridor.monitor.simulate.SimulatedMonth} is one month of it ingested by the engine, for
 * the web's Performance view where no real pings exist.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor} (the engine), {@code corridor.monitor.ingest},
 * {@code corridor.monitor.match}, {@code corridor.monitor.trip}, {@code corridor.monitor.indicator}.
 */
package corridor.monitor.simulate;
