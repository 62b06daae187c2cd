package corridor.evidence.proximity;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.record.MineralArea;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What lies within a distance of the corridor or of a route: mineral areas, incidents, projects.
 *
 * <p>The corridor is every link that is not superseded (a superseded alignment is counted through
 * its successor); a route is a list of link ids. Distances are great-circle distances from a point
 * (or, for a mineral area with an outline, from its outline) to the nearest segment of a link; see
 * {@link SphericalDistance}. For mineral areas, the nearest seaport and the nearest railhead are
 * given by straight-line distance from the area's representative point. A railhead is a place of
 * kind {@code rail_terminal} or a place at either end of a rail link in service (existing or
 * superseded): where goods can be put on a train today.
 */
public final class Proximity {

    private final Dataset dataset;

    /** A search over the places, links and layers of {@code dataset}. */
    public Proximity(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The records of {@code layer} within {@code withinKm} of the corridor (when {@code linkIds} is
     * empty) or of the named links, nearest first. Records without a location are left out.
     *
     * @throws InputException when {@code withinKm} is negative or not finite, or a link id is unknown
     */
    public List<NearbyItem> near(NearLayer layer, double withinKm, List<String> linkIds) {
        if (!Double.isFinite(withinKm) || withinKm < 0) {
            throw InputException.ofParameter("withinKm", "must be a distance of 0 km or more, got " + withinKm);
        }
        List<Link> links = links(linkIds);
        List<NearbyItem> found = new ArrayList<>();
        switch (layer) {
            case MINERALS -> dataset.minerals().forEach(m -> mineral(m, links, withinKm, found));
            case INCIDENTS -> dataset.incidents().forEach(i -> point(layer, i.id(), i.placeName(), i.location(),
                    links, withinKm, found));
            case PROJECTS -> dataset.projects().stream().filter(p -> p.location() != null)
                    .forEach(p -> point(layer, p.id(), p.name(), p.location(), links, withinKm, found));
        }
        found.sort(Comparator.comparingDouble(NearbyItem::distanceKm).thenComparing(NearbyItem::id));
        return found;
    }

    /** The links to measure against: the named ones, or every link not superseded. */
    List<Link> links(List<String> linkIds) {
        if (linkIds == null || linkIds.isEmpty()) {
            return dataset.links().stream().filter(l -> l.status() != LinkStatus.SUPERSEDED).toList();
        }
        List<Link> links = new ArrayList<>();
        for (String id : linkIds) {
            links.add(dataset.link(id).orElseThrow(() -> InputException.ofParameter("linkIds",
                    "unknown link '" + id + "'; give ids of the dataset's links")));
        }
        return links;
    }

    private void point(NearLayer layer, String id, String name, GeoPoint location, List<Link> links, double withinKm,
                       List<NearbyItem> found) {
        Nearest nearest = nearest(links, line -> SphericalDistance.pointToLineKm(location, line));
        if (nearest != null && nearest.distanceKm <= withinKm) {
            found.add(new NearbyItem(layer, id, name, location, nearest.distanceKm, nearest.linkId, null, null));
        }
    }

    private void mineral(MineralArea area, List<Link> links, double withinKm, List<NearbyItem> found) {
        Nearest nearest = nearest(links, line -> area.isArea() ? SphericalDistance.ringToLineKm(area.outline(), line)
                : SphericalDistance.pointToLineKm(area.location(), line));
        if (nearest != null && nearest.distanceKm <= withinKm) {
            found.add(new NearbyItem(NearLayer.MINERALS, area.id(), area.name(), area.location(), nearest.distanceKm,
                    nearest.linkId, nearestPlace(area.location(), ports()), nearestPlace(area.location(), railheads())));
        }
    }

    private record Nearest(String linkId, double distanceKm) {
    }

    private static Nearest nearest(List<Link> links, java.util.function.ToDoubleFunction<List<GeoPoint>> distance) {
        Nearest best = null;
        for (Link link : links) {
            double km = distance.applyAsDouble(link.geometry().points());
            if (best == null || km < best.distanceKm) {
                best = new Nearest(link.id(), km);
            }
        }
        return best;
    }

    /** Seaports of the dataset. */
    public List<Place> ports() {
        return dataset.places().stream().filter(p -> p.kind() == PlaceKind.SEAPORT).toList();
    }

    /** Railheads: rail terminals and the end places of rail links in service. */
    public List<Place> railheads() {
        Set<String> ids = new LinkedHashSet<>();
        dataset.places().stream().filter(p -> p.kind() == PlaceKind.RAIL_TERMINAL).forEach(p -> ids.add(p.id()));
        dataset.links().stream().filter(l -> l.mode() == Mode.RAIL && l.status().isInService())
                .forEach(l -> {
                    ids.add(l.fromId());
                    ids.add(l.toId());
                });
        Map<String, Place> byId = dataset.placesById();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The place of {@code places} nearest to {@code point}, or null when there is none. */
    public static PlaceDistance nearestPlace(GeoPoint point, List<Place> places) {
        return places.stream()
                .map(p -> new PlaceDistance(p.id(), p.name(), GreatCircle.distanceKm(point, p.location())))
                .min(Comparator.comparingDouble(PlaceDistance::distanceKm).thenComparing(PlaceDistance::placeId))
                .orElse(null);
    }
}
