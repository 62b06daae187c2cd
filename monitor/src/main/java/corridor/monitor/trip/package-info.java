/**
 * What a matched trip amounted to ({@link corridor.monitor.trip.TripResult}): link passes with
 * interpolated times ({@link corridor.monitor.trip.TripAnalyzer},
 * {@link corridor.monitor.trip.LinkTraversal}), passes found on the OSM roads
 * ({@link corridor.monitor.trip.RoadTraversals}), hub visits and dwell
 * ({@link corridor.monitor.trip.HubKind}, {@link corridor.monitor.trip.HubLocator},
 * {@link corridor.monitor.trip.HubVisit}), and the fixed corridor sections a trip covers
 * ({@link corridor.monitor.trip.SectionMatcher}, {@link corridor.monitor.trip.SectionPass}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest}, {@code corridor.monitor.track},
 * {@code corridor.monitor.match}.
 */
package corridor.monitor.trip;
