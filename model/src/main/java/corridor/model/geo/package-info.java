/**
 * Points and lines on the Earth: {@link corridor.model.geo.GeoPoint} (WGS84 degrees),
 * {@link corridor.model.geo.Polyline}, great-circle distances in kilometres
 * ({@link corridor.model.geo.GreatCircle}) and the one local flat projection with its
 * point-to-segment distance ({@link corridor.model.geo.LocalPlane}), and the one grid index of numbered
 * lines for map matching's candidates ({@link corridor.model.geo.SegmentIndex} over a
 * {@link corridor.model.geo.SegmentGeometry}, into {@link corridor.model.geo.SegmentCandidates}).
 *
 * <p>May use: nothing else of the model.
 */
package corridor.model.geo;
