/**
 * What lies near the corridor: {@link corridor.evidence.proximity.Proximity} finds the mineral areas, incidents
 * or projects ({@link corridor.evidence.proximity.NearLayer}) within a distance of the links, nearest first
 * ({@link corridor.evidence.proximity.NearbyItem}, with a mineral area's nearest seaport and railhead as
 * {@link corridor.evidence.proximity.PlaceDistance}s); great-circle distances from points and outlines to lines
 * ({@link corridor.evidence.proximity.SphericalDistance}).
 * May use: corridor.model.
 */
package corridor.evidence.proximity;
