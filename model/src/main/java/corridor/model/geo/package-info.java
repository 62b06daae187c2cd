/**
 * Points and lines on the Earth: {@link corridor.model.geo.GeoPoint} (WGS84 degrees),
 * {@link corridor.model.geo.Polyline} and great-circle distances in kilometres
 * ({@link corridor.model.geo.GreatCircle}).
 *
 * <p>May use: nothing else of the model.
 */
package corridor.model.geo;
