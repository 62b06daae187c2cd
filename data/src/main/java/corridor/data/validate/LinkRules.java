package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.data.load.Numbers;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.Place;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Links: end places, project and superseding links that exist; geometry that starts and ends near
 * its end places; a length not shorter than the straight line between the ends (nor far longer);
 * a published length that agrees with the geometry's.
 */
public final class LinkRules {

    /** How far the first or last point of a link may lie from its end place, km. */
    public static final double MAX_END_OFFSET_KM = 25;
    /** A link longer than this many times the straight line between its ends is suspicious. */
    public static final double MAX_DETOUR_FACTOR = 3;
    /** Largest relative difference between a published length and its geometry's length without a warning. */
    public static final double MAX_LENGTH_MISMATCH = 0.05;
    /** Relative slack for rounding when a length equals the great-circle distance. */
    private static final double ROUNDING_SLACK = 1e-9;

    private LinkRules() {
    }

    static void check(Dataset dataset, Findings findings) {
        Map<String, Place> places = dataset.placesById();
        Set<String> linkIds = new HashSet<>();
        dataset.links().forEach(l -> linkIds.add(l.id()));
        Set<String> projectIds = new HashSet<>();
        dataset.projects().forEach(p -> projectIds.add(p.id()));
        for (Link link : dataset.links()) {
            Place from = places.get(link.fromId());
            Place to = places.get(link.toId());
            if (from == null) {
                findings.unknownPlace(link, "from", link.fromId());
            }
            if (to == null) {
                findings.unknownPlace(link, "to", link.toId());
            }
            if (!link.projectId().isEmpty() && !projectIds.contains(link.projectId())) {
                findings.missing(link, "project", "project", link.projectId(), "unknown project '" + link.projectId()
                        + "'; not in projects.geojson", DatasetFiles.PROJECTS);
            }
            for (String successor : link.supersededBy()) {
                if (!linkIds.contains(successor)) {
                    findings.missing(link, "superseded_by", "link", successor, "unknown link '" + successor
                            + "'; not in links.geojson", DatasetFiles.LINKS);
                }
            }
            if (from != null && to != null) {
                geometry(link, from, to, findings);
            }
        }
    }

    private static void geometry(Link link, Place from, Place to, Findings findings) {
        double firstOffsetKm = GreatCircle.distanceKm(link.geometry().first(), from.location());
        if (firstOffsetKm > MAX_END_OFFSET_KM) {
            findings.error(link, "geometry", "first position is " + Numbers.format(firstOffsetKm) + " km from place '"
                    + from.id() + "'; it must lie within " + Numbers.format(MAX_END_OFFSET_KM) + " km");
        }
        double lastOffsetKm = GreatCircle.distanceKm(link.geometry().last(), to.location());
        if (lastOffsetKm > MAX_END_OFFSET_KM) {
            findings.error(link, "geometry", "last position is " + Numbers.format(lastOffsetKm) + " km from place '"
                    + to.id() + "'; it must lie within " + Numbers.format(MAX_END_OFFSET_KM) + " km");
        }
        GeoPoint a = from.location();
        GeoPoint b = to.location();
        double straightKm = GreatCircle.distanceKm(a, b);
        double lengthKm = link.lengthKm();
        String field = link.hasPublishedLength() ? "distance_km" : "geometry";
        String what = link.hasPublishedLength() ? "length" : "geometric length";
        String between = " the great-circle distance " + Numbers.format(straightKm) + " km between '" + from.id()
                + "' and '" + to.id() + "'";
        if (lengthKm < straightKm * (1 - ROUNDING_SLACK)) {
            findings.error(link, field, what + " " + Numbers.format(lengthKm) + " km is shorter than" + between);
        } else if (straightKm > 0 && lengthKm > MAX_DETOUR_FACTOR * straightKm) {
            findings.warning(link, field, what + " " + Numbers.format(lengthKm) + " km is more than "
                    + Numbers.format(MAX_DETOUR_FACTOR) + " times" + between);
        }
        lengthAgainstGeometry(link, findings);
    }

    /**
     * A published length and the geometry's length must agree within {@link #MAX_LENGTH_MISMATCH};
     * without a published length the record says why the geometry's length is used (transfers,
     * connectors inside a hub, need not).
     */
    private static void lengthAgainstGeometry(Link link, Findings findings) {
        double geometryKm = link.geometry().lengthKm();
        if (link.hasPublishedLength()) {
            double publishedKm = link.distanceKm();
            if (publishedKm > 0 && Math.abs(geometryKm - publishedKm) > MAX_LENGTH_MISMATCH * publishedKm) {
                long percent = Math.round(100 * (geometryKm - publishedKm) / publishedKm);
                findings.warning(link, "geometry", "geometry is " + Numbers.format(geometryKm) + " km, "
                        + (percent > 0 ? "+" : "") + percent + "% against the published distance_km "
                        + Numbers.format(publishedKm) + " km (more than " + Math.round(100 * MAX_LENGTH_MISMATCH)
                        + "%); add points along the road");
            }
        } else if (link.mode() != Mode.TRANSFER && link.geometryLengthReason().isEmpty()) {
            findings.warning(link, "length_from_geometry", "no published distance_km, so the geometry's length "
                    + Numbers.format(geometryKm) + " km is used; say why in length_from_geometry");
        }
    }
}
