package corridor.api.gpx;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.Polyline;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;

import java.util.ArrayList;
import java.util.List;

/**
 * A route as GPX 1.1 ({@code route --format gpx}): one track whose one segment runs along every move's
 * geometry in the direction of travel (consecutive legs' shared end written once), and a waypoint per
 * place the route starts at, stops at (hubs, borders) or ends at. Stateless; thread-safe.
 */
public final class RouteGpx {

    private RouteGpx() {
    }

    /** The route as a GPX document; {@code hasOsmRoads} adds OpenStreetMap's copyright to the metadata. */
    public static String of(Route route, boolean hasOsmRoads) {
        List<Leg> legs = route.legs();
        String from = legs.get(0).from().name();
        String to = legs.get(legs.size() - 1).to().name();
        GpxWriter gpx = new GpxWriter("Route from " + from + " to " + to, "Corridor route: " + legs.size() + " legs");
        if (hasOsmRoads) {
            gpx.copyright("OpenStreetMap contributors", "https://opendatacommons.org/licenses/odbl/1-0/");
        }
        List<GpxWriter.Point> track = new ArrayList<>();
        gpx.waypoint(waypoint(legs.get(0).from().location(), from));
        for (Leg leg : legs) {
            if (leg.kind() == Leg.Kind.MOVE) {
                Polyline line = leg.reversed() ? leg.link().geometry().reversed() : leg.link().geometry();
                for (GeoPoint p : line.points()) {
                    GpxWriter.Point point = GpxWriter.Point.at(p.latitude(), p.longitude());
                    if (track.isEmpty() || !track.get(track.size() - 1).equals(point)) {
                        track.add(point);
                    }
                }
            } else {
                gpx.waypoint(waypoint(leg.from().location(), leg.description()));
            }
        }
        gpx.waypoint(waypoint(legs.get(legs.size() - 1).to().location(), to));
        return gpx.segment(track).text();
    }

    private static GpxWriter.Point waypoint(GeoPoint at, String name) {
        return new GpxWriter.Point(at.latitude(), at.longitude(), null, name);
    }
}
