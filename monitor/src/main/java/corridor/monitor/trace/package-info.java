/**
 * Matching a GPS trace to a dataset's street-level roads on its own, as GraphHopper's {@code /match}
 * and OSRM's {@code match} do, without the monitoring pipeline (times optional, no trips, no
 * indicators): {@link corridor.monitor.trace.TraceMatcher} takes a {@link corridor.monitor.trace.Trace}
 * and gives a {@link corridor.monitor.trace.TraceMatch} (the path along the roads per unbroken chain,
 * each point's snapped position, the OSM ways driven, length and speeds, breaks, points off the roads).
 * No I/O: the readers and writers of GPX, GeoJSON and CSV are {@code corridor.api.match}'s.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.match}.
 */
package corridor.monitor.trace;
