/**
 * Matching a GPS trace to the street-level roads, as {@code corridor match} and {@code POST /api/match}
 * both do it: {@link corridor.api.match.TraceText} reads GPX, GeoJSON or CSV text (with or without
 * times) into a {@link corridor.monitor.trace.Trace}; {@link corridor.monitor.trace.TraceMatcher} matches
 * it; {@link corridor.api.match.MatchFormat} writes the one answer both give, as GeoJSON
 * ({@link corridor.api.match.MatchGeoJson}), GPX ({@link corridor.api.gpx.GpxWriter}) or CSV
 * ({@link corridor.api.match.MatchCsv}). May use: {@code corridor.model}, {@code corridor.monitor.trace},
 * {@code corridor.api.gpx}, Jackson, commons-csv, StAX. Never HTTP, picocli or files.
 */
package corridor.api.match;
