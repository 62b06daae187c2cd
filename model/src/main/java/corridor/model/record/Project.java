package corridor.model.record;

import corridor.model.geo.GeoPoint;
import corridor.model.source.Provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CPEC project. Unknown values are {@code null} (or empty text). Immutable, so safe to share
 * between threads.
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
 * @param aiddataIds     the record ids (digits, as text) of AidData's Global Chinese Development
 *                       Finance dataset that finance this project, in the order given; empty when no
 *                       source names one (never {@code null})
 */
public record Project(String id, String name, String phase, Pillar pillar, Sector sector, ProjectStatus status,
                      Money cost, Double capacityValue, String capacityUnit, Integer jobs, String placeId,
                      GeoPoint location, String start, String completion, Provenance provenance,
                      List<String> aiddataIds) {

    public Project {
        aiddataIds = List.copyOf(Objects.requireNonNullElse(aiddataIds, List.of()));
    }

    /** A project no AidData record is known for. */
    public Project(String id, String name, String phase, Pillar pillar, Sector sector, ProjectStatus status,
                   Money cost, Double capacityValue, String capacityUnit, Integer jobs, String placeId,
                   GeoPoint location, String start, String completion, Provenance provenance) {
        this(id, name, phase, pillar, sector, status, cost, capacityValue, capacityUnit, jobs, placeId, location,
                start, completion, provenance, List.of());
    }

    public Optional<Money> costIfKnown() {
        return Optional.ofNullable(cost);
    }

    public Optional<GeoPoint> locationIfKnown() {
        return Optional.ofNullable(location);
    }
}
