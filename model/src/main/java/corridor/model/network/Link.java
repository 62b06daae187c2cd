package corridor.model.network;

import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;

import java.util.List;

/**
 * A road, railway, sea lane or transfer between two places, usable in both directions.
 * Unknown numbers are {@code null}; the routing engine then falls back to the mode's defaults
 * and, for distance, to the length of the geometry.
 *
 * @param id                 unique key
 * @param name               display name (e.g. "KKH Thakot–Raikot realignment")
 * @param mode               road, rail, sea or transfer
 * @param fromId             id of the place at the start of the geometry
 * @param toId               id of the place at the end of the geometry
 * @param distanceKm         published length, in km; {@code null} when not published
 * @param speedKmh           typical commercial speed of freight, in km/h
 * @param designSpeedKmh     design speed, in km/h, when it differs from today's
 * @param costUsdPerTonneKm  freight cost, in US dollars per tonne-km
 * @param co2KgPerTonneKm    CO2 emission, in kg per tonne-km
 * @param status             existing, under construction, planned or superseded
 * @param projectId          the project that built or changes the link, empty if none
 * @param supersededBy       ids of the links that replace this one
 * @param geometry           the alignment, from {@code fromId} to {@code toId}
 * @param provenance         sources and confidence
 * @param geometryLengthReason why the length of the geometry is the link's length, when no length is
 *                           published (a sea lane drawn through waypoints, a connector inside a hub);
 *                           empty when the record gives none. Never null.
 * @param roadClass          motorway, national highway or other road, for a road link whose class is known;
 *                           {@code null} for other modes and when unknown
 * @param terrain            {@link Terrain#MOUNTAIN} for a road link over mountains; {@code null} when the record
 *                           states no terrain (plains, hills or not known)
 */
public record Link(String id, String name, Mode mode, String fromId, String toId, Double distanceKm,
                   Double speedKmh, Double designSpeedKmh, Double costUsdPerTonneKm, Double co2KgPerTonneKm,
                   LinkStatus status, String projectId, List<String> supersededBy, Polyline geometry,
                   Provenance provenance, String geometryLengthReason, RoadClass roadClass, Terrain terrain) {

    public Link {
        supersededBy = List.copyOf(supersededBy);
        projectId = projectId == null ? "" : projectId;
        geometryLengthReason = geometryLengthReason == null ? "" : geometryLengthReason;
    }

    /** A link without a reason for its geometric length and without a road class. */
    public Link(String id, String name, Mode mode, String fromId, String toId, Double distanceKm,
                Double speedKmh, Double designSpeedKmh, Double costUsdPerTonneKm, Double co2KgPerTonneKm,
                LinkStatus status, String projectId, List<String> supersededBy, Polyline geometry,
                Provenance provenance) {
        this(id, name, mode, fromId, toId, distanceKm, speedKmh, designSpeedKmh, costUsdPerTonneKm, co2KgPerTonneKm,
                status, projectId, supersededBy, geometry, provenance, "", null, null);
    }

    /** A link without a stated terrain. */
    public Link(String id, String name, Mode mode, String fromId, String toId, Double distanceKm,
                Double speedKmh, Double designSpeedKmh, Double costUsdPerTonneKm, Double co2KgPerTonneKm,
                LinkStatus status, String projectId, List<String> supersededBy, Polyline geometry,
                Provenance provenance, String geometryLengthReason, RoadClass roadClass) {
        this(id, name, mode, fromId, toId, distanceKm, speedKmh, designSpeedKmh, costUsdPerTonneKm, co2KgPerTonneKm,
                status, projectId, supersededBy, geometry, provenance, geometryLengthReason, roadClass, null);
    }

    /** The published length if there is one, else the length of the geometry, in km. */
    public double lengthKm() {
        return distanceKm != null ? distanceKm : geometry.lengthKm();
    }

    /** Whether the length comes from a publication rather than from the geometry. */
    public boolean hasPublishedLength() {
        return distanceKm != null;
    }
}
