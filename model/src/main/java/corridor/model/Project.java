package corridor.model;

import java.util.Optional;

/**
 * A CPEC project. Unknown values are {@code null} (or empty text).
 *
 * @param id             unique key
 * @param name           display name
 * @param phase          "1" or "2.0"
 * @param pillar         CPEC 2.0 pillar, {@code null} when none is assigned
 * @param sector         sector
 * @param status         status
 * @param cost           cost as published
 * @param capacityValue  capacity, in {@code capacityUnit}
 * @param capacityUnit   unit of the capacity (MW, km, acres, t/yr)
 * @param jobs           jobs as published by the cited source
 * @param placeId        the place the project is at or near, empty if none
 * @param location       where it is; {@code null} when unknown
 * @param start          start date, ISO text possibly partial, empty when unknown
 * @param completion     completion (or planned completion) date, ISO text possibly partial
 * @param provenance     sources and confidence
 */
public record Project(String id, String name, String phase, Pillar pillar, Sector sector, ProjectStatus status,
                      Money cost, Double capacityValue, String capacityUnit, Integer jobs, String placeId,
                      GeoPoint location, String start, String completion, Provenance provenance) {

    public Optional<Money> costIfKnown() {
        return Optional.ofNullable(cost);
    }

    public Optional<GeoPoint> locationIfKnown() {
        return Optional.ofNullable(location);
    }
}
