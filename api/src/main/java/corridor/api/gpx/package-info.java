/**
 * GPX 1.1 out, for navigation devices and GPS tools: {@link corridor.api.gpx.GpxWriter} writes tracks
 * and waypoints valid against the GPX 1.1 schema (topografix.com/GPX/1/1/gpx.xsd), used by
 * {@code route --format gpx} ({@link corridor.api.gpx.RouteGpx}) and {@code match --format gpx}.
 * May use: {@code corridor.model}, {@code corridor.routing.route}. Never files.
 */
package corridor.api.gpx;
