package corridor.routing.matrix;

import corridor.model.InputException;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Reach;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where goods leaving one place can be within given hours, as polygons.
 *
 * <p>Method. One search by hours from the origin to every place, bounded by the largest band
 * ({@link Reach}: the router's rules of a move, calendars on the day reached, so a place's hours are
 * those of {@code corridor route --objective time}). For a band of T hours, every link the goods may
 * set off along before T is drawn from the end they enter it by, as far as they get by T (their
 * progress taken as even over the link's hours: a link entered at 10 h that takes 4 h is drawn to
 * half its length in a 12 h band); both ends' parts of a link join. The parts, in a local
 * equirectangular projection around the origin (km), are buffered by {@link #bufferKm} and merged
 * (JTS; beyond {@value #EXACT_BUFFER_PARTS} parts, as street networks give, on a grid of half the
 * buffer instead: {@link RasterArea}, within about half the buffer of the exact one), with a disk of the same radius around each place reached; then a disk of a fifth of that
 * radius (less than half the way to the nearest place reached) is cut out around each place of the
 * dataset not reached within T, so that a place lies inside the polygon exactly when it can be
 * reached in time, even when it sits beside a road that was reached. The polygons are therefore
 * corridors along the reached roads, not a hull over land no road serves.
 *
 * <p>Stateless; thread-safe.
 */
public final class Isochrones {

    /** The largest band accepted, in hours (two weeks). */
    public static final double MAX_HOURS = 14 * 24;
    /** The most bands one request may ask for. */
    public static final int MAX_BANDS = 8;
    /** The buffer around reached links of a network of corridor links, in km. */
    static final double CORRIDOR_BUFFER_KM = 10;
    /** The buffer around reached links of a network with street-level roads, in km. */
    static final double STREET_BUFFER_KM = 0.25;

    /** Reached link parts up to which JTS buffers them exactly; beyond, a grid does ({@link RasterArea}). */
    static final int EXACT_BUFFER_PARTS = 2_000;

    private static final double KM_PER_DEGREE_LAT = 110.574;
    private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;

    private Isochrones() {
    }

    /**
     * One band: the area reached within {@code hours} and the places of the dataset reached.
     *
     * @param hours   the band, in hours from departure
     * @param area    the area, a (multi)polygon in WGS 84 longitude/latitude
     * @param reached the dataset's places reached within the band, soonest first, with their hours
     */
    public record Isochrone(double hours, Geometry area, List<ReachedPlace> reached) {
    }

    /** A place of the dataset and the hours to reach it (as the end of a route). */
    public record ReachedPlace(Place place, double hours) {
    }

    /**
     * The buffer around the reached links, in km: {@value #CORRIDOR_BUFFER_KM} km on a network of
     * corridor links (hundreds of km long), {@value #STREET_BUFFER_KM} km when the graph has
     * street-level roads.
     */
    public static double bufferKm(RoutingGraph graph) {
        return graph.roadSegmentCount() > 0 ? STREET_BUFFER_KM : CORRIDOR_BUFFER_KM;
    }

    /**
     * The isochrones of {@code query}'s origin for each of {@code hours}, in increasing order.
     *
     * @param query the origin ({@code fromId}), departure, cargo, modes, vehicle and what to avoid
     * @param hours the bands, each above 0 and at most {@link #MAX_HOURS}; at most {@link #MAX_BANDS}
     * @throws InputException on bands out of range (parameter {@code hours})
     */
    public static List<Isochrone> of(RoutingGraph graph, RouteQuery query, List<Double> hours) {
        List<Double> bands = check(hours);
        Reach.Times times = Reach.within(graph, query, bands.get(bands.size() - 1));
        Projection projection = new Projection(graph.latitude(times.origin()));
        double buffer = bufferKm(graph);
        List<Isochrone> result = new ArrayList<>();
        for (double t : bands) {
            result.add(band(graph, query, times, t, projection, buffer));
        }
        return result;
    }

    private static List<Double> check(List<Double> hours) {
        if (hours.isEmpty()) {
            throw InputException.ofParameter("hours", "no hours given; give one or more, such as 4,8,12");
        }
        if (hours.size() > MAX_BANDS) {
            throw InputException.ofParameter("hours", hours.size() + " bands; at most " + MAX_BANDS);
        }
        for (double h : hours) {
            if (!(h > 0) || h > MAX_HOURS) {
                throw InputException.ofParameter("hours", "each band must be above 0 and at most " + (long) MAX_HOURS
                        + " hours (two weeks); got " + h);
            }
        }
        return hours.stream().distinct().sorted().toList();
    }

    private static Isochrone band(RoutingGraph g, RouteQuery query, Reach.Times times, double limit,
                                  Projection projection, double bufferKm) {
        GeometryFactory factory = projection.factory;
        List<LineString> parts = reachedParts(g, query, times, limit, projection);
        List<ReachedPlace> reached = new ArrayList<>();
        List<Point> reachedPoints = new ArrayList<>();
        List<Point> missedPoints = new ArrayList<>();
        for (int node = 0; node < g.placeCount(); node++) {
            if (g.isRoadJunction(node)) {
                continue;
            }
            double h = times.arrival(node);
            Point point = factory.createPoint(projection.project(g.longitude(node), g.latitude(node)));
            if (h <= limit) {
                reached.add(new ReachedPlace(g.place(node), h));
                reachedPoints.add(point);
            } else {
                missedPoints.add(point);
            }
        }
        reached.sort(Comparator.comparingDouble(ReachedPlace::hours).thenComparing(r -> r.place().id()));
        BufferParameters round = new BufferParameters(4);
        Geometry roads = parts.size() > EXACT_BUFFER_PARTS ? RasterArea.around(parts, bufferKm, factory)
                : BufferOp.bufferOp(factory.createMultiLineString(parts.toArray(LineString[]::new)), bufferKm, round);
        Geometry area = roads.union(BufferOp.bufferOp(factory.createMultiPoint(reachedPoints.toArray(Point[]::new)),
                bufferKm, round));
        List<Geometry> cuts = new ArrayList<>();
        for (Point missed : missedPoints) {
            // a fifth of the buffer, but less than half the way to the nearest place reached
            double radius = bufferKm / 5;
            for (Point kept : reachedPoints) {
                radius = Math.min(radius, 0.45 * missed.distance(kept));
            }
            if (radius > 0) {
                cuts.add(BufferOp.bufferOp(missed, radius, round));
            }
        }
        if (!cuts.isEmpty()) {
            area = area.difference(UnaryUnionOp.union(cuts));
        }
        return new Isochrone(limit, projection.unproject(area), reached);
    }

    /**
     * Per link, the part reached from each end (as a fraction of its length, by the even progress
     * over its hours); a link reached from both ends so far that the parts meet is drawn whole.
     */
    private static List<LineString> reachedParts(RoutingGraph g, RouteQuery query, Reach.Times times, double limit,
                                                 Projection projection) {
        double[] fromStart = new double[g.linkCount()];
        double[] fromEnd = new double[g.linkCount()];
        var vehicleClass = query.vehicle().vehicleClass();
        for (int u = 0; u < g.placeCount(); u++) {
            for (int a = g.topology().firstArc(u), end = g.topology().endArc(u); a < end; a++) {
                double entry = times.entry(a);
                if (!(entry < limit)) {
                    continue;
                }
                int link = g.topology().segment(a);
                double linkHours = g.linkHours(link, vehicleClass);
                double fraction = linkHours <= 0 ? 1 : Math.min(1, (limit - entry) / linkHours);
                if (g.linkFrom(link) == g.canonicalNode(u)) {
                    fromStart[link] = Math.max(fromStart[link], fraction);
                } else {
                    fromEnd[link] = Math.max(fromEnd[link], fraction);
                }
            }
        }
        List<LineString> parts = new ArrayList<>();
        for (int link = 0; link < g.linkCount(); link++) {
            if (fromStart[link] == 0 && fromEnd[link] == 0) {
                continue;
            }
            Coordinate[] line = projection.project(g.links().get(link));
            if (fromStart[link] + fromEnd[link] >= 1) {
                parts.add(projection.factory.createLineString(line));
                continue;
            }
            if (fromStart[link] > 0) {
                parts.add(projection.factory.createLineString(cut(line, fromStart[link])));
            }
            if (fromEnd[link] > 0) {
                Coordinate[] reversed = line.clone();
                java.util.Collections.reverse(java.util.Arrays.asList(reversed));
                parts.add(projection.factory.createLineString(cut(reversed, fromEnd[link])));
            }
        }
        return parts;
    }

    /** The first {@code fraction} of a line's length, at least two points. */
    static Coordinate[] cut(Coordinate[] line, double fraction) {
        double total = 0;
        for (int i = 1; i < line.length; i++) {
            total += line[i - 1].distance(line[i]);
        }
        double wanted = total * fraction;
        List<Coordinate> out = new ArrayList<>();
        out.add(line[0]);
        double walked = 0;
        for (int i = 1; i < line.length; i++) {
            double step = line[i - 1].distance(line[i]);
            if (walked + step >= wanted) {
                double f = step == 0 ? 0 : (wanted - walked) / step;
                out.add(new Coordinate(line[i - 1].x + f * (line[i].x - line[i - 1].x),
                        line[i - 1].y + f * (line[i].y - line[i - 1].y)));
                return out.toArray(Coordinate[]::new);
            }
            walked += step;
            out.add(line[i]);
        }
        return out.toArray(Coordinate[]::new);
    }

    /** An equirectangular projection in km around a latitude: good to a few percent over a country. */
    private static final class Projection {
        final GeometryFactory factory = new GeometryFactory();
        final double kmPerDegreeLon;

        Projection(double latitude) {
            kmPerDegreeLon = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
        }

        Coordinate project(double lon, double lat) {
            return new Coordinate(lon * kmPerDegreeLon, lat * KM_PER_DEGREE_LAT);
        }

        Coordinate[] project(Link link) {
            List<GeoPoint> points = link.geometry().points();
            Coordinate[] line = new Coordinate[Math.max(2, points.size())];
            for (int i = 0; i < points.size(); i++) {
                line[i] = project(points.get(i).longitude(), points.get(i).latitude());
            }
            if (points.size() == 1) {
                line[1] = line[0];
            }
            return line;
        }

        Geometry unproject(Geometry area) {
            Geometry copy = area.copy();
            copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                c.x = c.x / kmPerDegreeLon;
                c.y = c.y / KM_PER_DEGREE_LAT;
            });
            copy.geometryChanged();
            return copy;
        }
    }
}
