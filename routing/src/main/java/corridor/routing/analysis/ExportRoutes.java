package corridor.routing.analysis;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Link;
import corridor.model.record.MineralArea;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The freight routes from mineral areas (or any points) to a destination country by each way out of
 * the origin country: by road over each border crossing into the destination country, and through
 * each seaport of the origin country by sea to the best seaport of the destination country. Which
 * crossings and ports exist comes from the data (places of kind border_crossing linked to the
 * destination country, places of kind seaport), not from code.
 *
 * <p>An area off the network starts at the nearest place that has a link: the first mile to it is a
 * straight-line distance, reported beside the route and never routed or costed (its cost is unknown,
 * not zero). Stateless; thread-safe as long as each thread uses its own {@link Router}.
 */
public final class ExportRoutes {

    /** How goods leave: by land over a border crossing, or by sea through a seaport. */
    public enum Kind { OVERLAND, SEA }

    /**
     * One way out of the origin country.
     *
     * @param via  the border crossing or seaport the route must pass
     * @param kind overland (road only, to the overland destination) or sea (to a seaport of the destination country)
     */
    public record WayOut(Place via, Kind kind) {

        /** "road over Khunjerab Pass border crossing", "sea via Gwadar Port". */
        public String label() {
            return kind == Kind.OVERLAND ? "road over " + via.name() : "sea via " + via.name();
        }
    }

    /**
     * Where a route starts for an area.
     *
     * @param place       the nearest place with a link
     * @param firstMileKm the straight-line distance from the area's representative point to it, km
     */
    public record Start(Place place, double firstMileKm) {
    }

    /**
     * The route of one area by one way out.
     *
     * @param area        the mineral area
     * @param start       where the route starts
     * @param way         the way out
     * @param destination the place in the destination country the route reaches; null when none was found
     * @param result      the route, or why there is none
     */
    public record Row(MineralArea area, Start start, WayOut way, Place destination, RouteResult result) {

        /** Cost per tonne of the routed part in US$, or NaN when there is no route. */
        public double costUsdPerTonne() {
            return result.found() ? result.route().totals().costUsd() / result.route().cargo().tonnes() : Double.NaN;
        }
    }

    private ExportRoutes() {
    }

    /**
     * The ways out of {@code originCountry} toward {@code destinationCountry}: every border crossing
     * of the origin country with a link to a place of the destination country, then every seaport of
     * the origin country; each group by name.
     */
    public static List<WayOut> waysOut(List<Place> places, List<Link> links, String originCountry,
                                       String destinationCountry) {
        Set<String> destinationPlaces = new HashSet<>();
        places.stream().filter(p -> p.country().equalsIgnoreCase(destinationCountry)).forEach(p -> destinationPlaces.add(p.id()));
        List<WayOut> ways = new ArrayList<>();
        places.stream().filter(p -> p.kind() == PlaceKind.BORDER_CROSSING && p.country().equalsIgnoreCase(originCountry))
                .filter(p -> links.stream().anyMatch(l -> l.fromId().equals(p.id()) && destinationPlaces.contains(l.toId())
                        || l.toId().equals(p.id()) && destinationPlaces.contains(l.fromId())))
                .sorted(Comparator.comparing(Place::name)).forEach(p -> ways.add(new WayOut(p, Kind.OVERLAND)));
        places.stream().filter(p -> p.kind() == PlaceKind.SEAPORT && p.country().equalsIgnoreCase(originCountry))
                .sorted(Comparator.comparing(Place::name)).forEach(p -> ways.add(new WayOut(p, Kind.SEA)));
        return ways;
    }

    /** The place nearest {@code point} among those with a link in {@code links}; empty when no place has one. */
    public static Optional<Start> start(GeoPoint point, List<Place> places, List<Link> links) {
        Set<String> linked = new HashSet<>();
        for (Link link : links) {
            linked.add(link.fromId());
            linked.add(link.toId());
        }
        return places.stream().filter(p -> linked.contains(p.id()))
                .map(p -> new Start(p, GreatCircle.distanceKm(point, p.location())))
                .min(Comparator.comparingDouble(Start::firstMileKm));
    }

    /**
     * For each area and each way out, the best route by {@code template}'s weights (its ends are
     * replaced): overland routes go by road to {@code overlandDestinationId} over the crossing; sea
     * routes reach the seaport by land (the template's modes without sea) and go on to whichever
     * seaport of {@code destinationCountry} is best. Areas come in the order given, ways in the order given.
     *
     * @param overlandDestinationId the place overland routes end at (Kashgar for CPEC)
     */
    public static List<Row> routes(Router router, List<MineralArea> areas, List<WayOut> ways, RouteQuery template,
                                   String destinationCountry, String overlandDestinationId) {
        List<Place> places = router.graph().places();
        List<Link> links = router.graph().links();
        Place overlandDestination = places.stream().filter(p -> p.id().equals(overlandDestinationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place " + overlandDestinationId));
        List<Place> ports = places.stream().filter(p -> p.kind() == PlaceKind.SEAPORT
                && p.country().equalsIgnoreCase(destinationCountry)).toList();
        Set<Mode> land = EnumSet.copyOf(template.modes().isEmpty() ? EnumSet.allOf(Mode.class) : template.modes());
        land.remove(Mode.SEA);
        Set<Mode> road = EnumSet.of(Mode.ROAD, Mode.TRANSFER);
        List<Row> rows = new ArrayList<>();
        for (MineralArea area : areas) {
            Optional<Start> start = start(area.location(), places, links);
            if (start.isEmpty()) {
                continue;
            }
            String from = start.get().place().id();
            for (WayOut way : ways) {
                if (way.kind() == Kind.OVERLAND) {
                    RouteQuery query = template.withEnds(from, overlandDestination.id()).withModes(road);
                    rows.add(new Row(area, start.get(), way, overlandDestination, router.routeVia(query, way.via().id(), road)));
                } else {
                    rows.add(bestBySea(router, area, start.get(), way, template, ports, land));
                }
            }
        }
        return rows;
    }

    private static Row bestBySea(Router router, MineralArea area, Start start, WayOut way, RouteQuery template,
                                 List<Place> ports, Set<Mode> land) {
        Row best = null;
        Weights w = template.weights();
        for (Place port : ports) {
            RouteQuery query = template.withEnds(start.place().id(), port.id());
            RouteResult result = router.routeVia(query, way.via().id(), land);
            Row row = new Row(area, start, way, port, result);
            if (best == null || result.found() && (!best.result().found() || score(w, result) < score(w, best.result()))) {
                best = row;
            }
        }
        return best != null ? best : new Row(area, start, way, null, new RouteResult(null, List.of()));
    }

    private static double score(Weights w, RouteResult result) {
        Totals t = result.route().totals();
        return w.apply(t.hours(), t.costUsd(), t.co2Kg(), t.risk());
    }
}
