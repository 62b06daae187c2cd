package corridor.osm;

import corridor.data.RoadLayerFile;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.SegmentIndex;
import corridor.model.network.RoadLayer;
import corridor.monitor.match.MatchNetwork;
import corridor.monitor.match.RoadMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real GPS trace andorra-trace.gpx (GraphHopper's map-matching test track) matched on Andorra's OSM roads. */
class AndorraTraceMatchingTest {

    /** How far a matched point, or any point of the matched path, may be from the trace: 30 m. */
    private static final double FOLLOWS_KM = 0.03;

    @Test
    void theRealTraceMatchesContinuouslyAlongTheRoadsItDroveWithItsOwnLength(@TempDir Path dir) throws Exception {
        Path pbf = OsmTestFiles.copy("andorra.osm.pbf", dir);
        OsmTestFiles.quietImport(pbf, dir.resolve("d"), new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 1));
        RoadLayer roads = RoadLayerFile.read(dir.resolve("d").resolve(RoadLayerFile.NAME));
        double[][] trace = readGpx(OsmTestFiles.copy("andorra-trace.gpx", dir));
        double[] lat = trace[0];
        double[] lon = trace[1];
        MatchNetwork network = MatchNetwork.of(roads);
        RoadMatcher matcher = new RoadMatcher(network, RoadMatcher.Settings.defaults());

        RoadMatcher.Match match = matcher.match(lat, lon);

        assertThat(match.continuous()).as("every point matched, no break in the chain").isTrue();
        for (int i = 0; i < lat.length; i++) {
            double[] at = matcher.position(match.segment()[i], match.offsetKm()[i]);
            assertThat(GreatCircle.distanceKm(at[0], at[1], lat[i], lon[i])).as("point %d", i).isLessThan(FOLLOWS_KM);
        }
        // the driven path, sampled every 10 m, stays on the trace: it follows the roads the trace drove
        SegmentIndex index = network.index();
        for (double[] piece : match.pieces()) {
            int segment = (int) piece[0];
            double step = Math.signum(piece[2] - piece[1]) * 0.01;
            for (double km = piece[1]; step != 0 && (step > 0 ? km <= piece[2] : km >= piece[2]); km += step) {
                double[] p = matcher.position(segment, km);
                assertThat(distanceToTraceKm(p, lat, lon)).as("path on segment %d at %.3f km", segment, km)
                        .isLessThan(FOLLOWS_KM);
            }
            assertThat(index.lengthKm(segment)).isPositive();
        }
        double traceKm = 0;
        for (int i = 1; i < lat.length; i++) {
            traceKm += GreatCircle.distanceKm(lat[i - 1], lon[i - 1], lat[i], lon[i]);
        }
        assertThat(traceKm).isCloseTo(0.675, within(0.01));
        assertThat(match.lengthKm()).isCloseTo(traceKm, within(0.05 * traceKm));
    }

    static double[][] readGpx(Path gpx) throws Exception {
        String text = Files.readString(gpx, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<trkpt lat=\"([-0-9.]+)\" lon=\"([-0-9.]+)\"").matcher(text);
        List<double[]> points = new ArrayList<>();
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    /** Distance from a point to the trace's polyline, km (local flat projection; fine at 30 m). */
    static double distanceToTraceKm(double[] p, double[] lat, double[] lon) {
        double kmLat = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;
        double kmLon = kmLat * Math.cos(Math.toRadians(p[0]));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < lat.length; i++) {
            double ax = (lon[i - 1] - p[1]) * kmLon;
            double ay = (lat[i - 1] - p[0]) * kmLat;
            double dx = (lon[i] - p[1]) * kmLon - ax;
            double dy = (lat[i] - p[0]) * kmLat - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }
}
