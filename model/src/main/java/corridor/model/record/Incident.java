package corridor.model.record;

import corridor.model.geo.GeoPoint;
import corridor.model.source.Provenance;

import java.time.LocalDate;

/**
 * A security incident affecting Chinese nationals or CPEC projects. Unknown counts are {@code null}.
 *
 * @param id          unique key
 * @param date        the day it happened
 * @param placeName   where, as reported
 * @param location    coordinates of the place
 * @param killed      people killed, attackers included where the source counts them
 * @param injured     people injured
 * @param target      who or what was attacked
 * @param claimedBy   who claimed it, empty when unclaimed or unknown
 * @param provenance  sources and confidence
 */
public record Incident(String id, LocalDate date, String placeName, GeoPoint location, Integer killed,
                       Integer injured, String target, String claimedBy, Provenance provenance) {
}
