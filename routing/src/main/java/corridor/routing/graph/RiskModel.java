package corridor.routing.graph;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.record.Incident;
import corridor.model.network.Link;
import corridor.model.network.RoadLayer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The risk of a link, derived from the security incidents near it.
 *
 * <p>Every incident that happened on or before the reference date and lies within
 * {@code bufferKm} of the link's geometry adds
 * <pre>
 *   weight = (1 + killed + 0.5 × injured) × 2^(−ageYears / halfLifeYears)
 * </pre>
 * to the link's risk, where unreported counts are 0 (so every incident counts at least 1) and
 * {@code ageYears} is the time from the incident to the reference date in years of 365.25 days.
 * A route's risk is the sum of the risks of the links it travels, in "risk points": a relative
 * measure of exposure to recent, deadly incidents along the way, not a probability.
 *
 * @param bufferKm       incidents within this distance of a link count, in km
 * @param halfLifeYears  the weight of an incident halves every this many years
 * @param referenceDate  ages are measured to this date; later incidents are ignored
 */
public record RiskModel(double bufferKm, double halfLifeYears, LocalDate referenceDate) {

    /** The weight of an injury relative to a death. */
    public static final double INJURED_WEIGHT = 0.5;

    public RiskModel {
        if (!(bufferKm >= 0) || !(halfLifeYears > 0) || referenceDate == null) {
            throw new IllegalArgumentException("buffer >= 0, half-life > 0 and a reference date are required");
        }
    }

    public static RiskModel of(RoutingParameters parameters) {
        return new RiskModel(parameters.riskBufferKm(), parameters.riskHalfLifeYears(), parameters.riskReferenceDate());
    }

    /** The weight of one incident at the reference date, before distance is considered; 0 if it is later. */
    public double weight(Incident incident) {
        if (incident.date().isAfter(referenceDate)) {
            return 0;
        }
        double severity = 1 + orZero(incident.killed()) + INJURED_WEIGHT * orZero(incident.injured());
        double ageYears = ChronoUnit.DAYS.between(incident.date(), referenceDate) / 365.25;
        return severity * Math.pow(2, -ageYears / halfLifeYears);
    }

    /** The risk of one link: the weights of the incidents within the buffer of its geometry. */
    public double linkRisk(Link link, List<Incident> incidents) {
        double risk = 0;
        for (Incident incident : incidents) {
            if (incident.location() != null && link.geometry().distanceKm(incident.location()) <= bufferKm) {
                risk += weight(incident);
            }
        }
        return risk;
    }

    /** The risk of every link, in the order given. */
    public double[] linkRisks(List<Link> links, List<Incident> incidents) {
        double[] risks = new double[links.size()];
        if (incidents.isEmpty()) {
            return risks;
        }
        for (int i = 0; i < links.size(); i++) {
            risks[i] = linkRisk(links.get(i), incidents);
        }
        return risks;
    }

    /**
     * Adds the risk of every road segment of {@code roads} to {@code risks} from position
     * {@code offset} on: the weights of the incidents within the buffer of the segment's geometry.
     * Incidents are first tested against the segment's bounding box widened by the buffer, so a
     * national network is scored in seconds.
     */
    public void addRoadRisks(RoadLayer roads, List<Incident> incidents, double[] risks, int offset) {
        List<Incident> located = incidents.stream().filter(i -> i.location() != null && weight(i) > 0).toList();
        if (located.isEmpty() || roads.isEmpty()) {
            return;
        }
        double bufferDegLat = bufferKm / (Math.PI * GreatCircle.EARTH_RADIUS_KM / 180);
        for (int s = 0; s < roads.segmentCount(); s++) {
            int count = roads.pointCount(s);
            double minLat = Double.POSITIVE_INFINITY;
            double maxLat = Double.NEGATIVE_INFINITY;
            double minLon = Double.POSITIVE_INFINITY;
            double maxLon = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                minLat = Math.min(minLat, roads.pointLat(s, k));
                maxLat = Math.max(maxLat, roads.pointLat(s, k));
                minLon = Math.min(minLon, roads.pointLon(s, k));
                maxLon = Math.max(maxLon, roads.pointLon(s, k));
            }
            double bufferDegLon = bufferDegLat / Math.max(0.01, Math.cos(Math.toRadians(Math.max(Math.abs(minLat),
                    Math.abs(maxLat)))));
            double risk = 0;
            for (Incident incident : located) {
                GeoPoint at = incident.location();
                if (at.latitude() < minLat - bufferDegLat || at.latitude() > maxLat + bufferDegLat
                        || at.longitude() < minLon - bufferDegLon || at.longitude() > maxLon + bufferDegLon) {
                    continue;
                }
                if (roads.geometry(s).distanceKm(at) <= bufferKm) {
                    risk += weight(incident);
                }
            }
            risks[offset + s] += risk;
        }
    }

    private static double orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
