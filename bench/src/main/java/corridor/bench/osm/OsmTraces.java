package corridor.bench.osm;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.Polyline;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces for the matching benchmarks, with their truth: the real track {@code andorra-trace.gpx}
 * (truth: the track itself), and simulated drives along known OSM routes (fastest routes between
 * random junctions 2–15 km apart, as Corridor's router finds them on the imported roads), a ping
 * every {@link #SPACING_KM} with Gaussian GPS noise of {@link #NOISE_KM} (truth: the route).
 */
final class OsmTraces {

    static final double SPACING_KM = 0.1;
    static final double NOISE_KM = 0.01;

    /** A trace: ping coordinates and the truth polyline. */
    record Trace(double[] lat, double[] lon, List<GeoPoint> truth) {
        int points() {
            return lat.length;
        }
    }

    private OsmTraces() {
    }

    static Trace real(Path gpx) {
        String text;
        try {
            text = Files.readString(gpx, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("<trkpt lat=\"([-0-9.]+)\" lon=\"([-0-9.]+)\"").matcher(text);
        List<GeoPoint> points = new ArrayList<>();
        while (m.find()) {
            points.add(new GeoPoint(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
        }
        double[] lat = points.stream().mapToDouble(GeoPoint::latitude).toArray();
        double[] lon = points.stream().mapToDouble(GeoPoint::longitude).toArray();
        return new Trace(lat, lon, points);
    }

    static List<Trace> simulated(Dataset dataset, int count, long seed) {
        RoadLayer roads = dataset.roads();
        Router router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY)));
        Random random = new Random(seed);
        List<Trace> traces = new ArrayList<>();
        int tries = 0;
        while (traces.size() < count && tries++ < 100_000) {
            int a = random.nextInt(roads.junctionCount());
            int b = random.nextInt(roads.junctionCount());
            double gc = GreatCircle.distanceKm(roads.junctionLat(a), roads.junctionLon(a), roads.junctionLat(b),
                    roads.junctionLon(b));
            if (gc < 2 || gc > 15) {
                continue;
            }
            RouteResult result = router.route(RouteQuery.of("osm-j" + a, "osm-j" + b, OsmRoutingBenchmark.JULY,
                    Cargo.tonnes(20)).withObjective(Objective.TIME));
            if (!result.found()) {
                continue;
            }
            List<GeoPoint> truth = new ArrayList<>();
            for (Leg leg : result.route().legs()) {
                if (leg.kind() != Leg.Kind.MOVE) {
                    continue;
                }
                List<GeoPoint> pts = leg.reversed() ? leg.link().geometry().reversed().points()
                        : leg.link().geometry().points();
                truth.addAll(truth.isEmpty() ? pts : pts.subList(1, pts.size()));
            }
            traces.add(sample(truth, random));
        }
        return traces;
    }

    private static Trace sample(List<GeoPoint> truth, Random random) {
        List<double[]> pings = new ArrayList<>();
        double along = 0;
        double next = 0;
        double kmPerDeg = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;
        for (int i = 1; i < truth.size(); i++) {
            GeoPoint p = truth.get(i - 1);
            GeoPoint q = truth.get(i);
            double km = p.distanceKm(q);
            while (next <= along + km) {
                double f = km == 0 ? 0 : (next - along) / km;
                double lat = p.latitude() + f * (q.latitude() - p.latitude());
                double lon = p.longitude() + f * (q.longitude() - p.longitude());
                lat += random.nextGaussian() * NOISE_KM / kmPerDeg;
                lon += random.nextGaussian() * NOISE_KM / (kmPerDeg * Math.cos(Math.toRadians(lat)));
                pings.add(new double[] {lat, lon});
                next += SPACING_KM;
            }
            along += km;
        }
        double[] lat = pings.stream().mapToDouble(x -> x[0]).toArray();
        double[] lon = pings.stream().mapToDouble(x -> x[1]).toArray();
        return new Trace(lat, lon, truth);
    }

    /** The real trace, copied from the osm module's test resources path given by the environment. */
    static Path realTracePath() {
        return OsmBenchData.base().resolve("andorra-trace.gpx");
    }

    /**
     * Share of a matched path's length that lies within {@code toleranceKm} of the truth: the path
     * is sampled every 10 m and each sample is measured against the truth polyline.
     */
    static double agreement(List<GeoPoint> matched, List<GeoPoint> truth, double toleranceKm) {
        Polyline truthLine = new Polyline(truth);
        int samples = 0;
        int agree = 0;
        for (int i = 1; i < matched.size(); i++) {
            GeoPoint p = matched.get(i - 1);
            GeoPoint q = matched.get(i);
            double km = p.distanceKm(q);
            int steps = Math.max(1, (int) Math.ceil(km / 0.01));
            for (int k = 0; k < steps; k++) {
                double f = k / (double) steps;
                GeoPoint s = new GeoPoint(p.latitude() + f * (q.latitude() - p.latitude()),
                        p.longitude() + f * (q.longitude() - p.longitude()));
                samples++;
                agree += truthLine.distanceKm(s) <= toleranceKm ? 1 : 0;
            }
        }
        return samples == 0 ? 0 : agree / (double) samples;
    }


}
