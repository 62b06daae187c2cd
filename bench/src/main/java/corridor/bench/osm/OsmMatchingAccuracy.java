package corridor.bench.osm;

import com.graphhopper.GraphHopper;
import com.graphhopper.matching.MapMatching;
import com.graphhopper.matching.MatchResult;
import com.graphhopper.matching.Observation;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.match.MatchNetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy of both matchers on the traces of {@link OsmMatchingBenchmark}: the share of matched
 * length within {@link #TOLERANCE_KM} of the truth (the real track, or the simulated route), the
 * matched length against the truth's, and the traces each could not match. Run:
 * {@code CORRIDOR_BENCH_OSM=DIR java -cp bench/target/benchmarks.jar corridor.bench.osm.OsmMatchingAccuracy}.
 */
public final class OsmMatchingAccuracy {

    static final double TOLERANCE_KM = 0.015;

    private OsmMatchingAccuracy() {
    }

    public static void main(String[] args) {
        Dataset dataset = OsmBenchData.dataset(OsmMatchingBenchmark.EXTRACT);
        RoadMatcher matcher = new RoadMatcher(MatchNetwork.of(dataset.roads()), RoadMatcher.Settings.defaults());
        Path work = OsmBenchData.tempDir();
        GraphHopper hopper = OsmBenchData.graphHopper(OsmMatchingBenchmark.EXTRACT, work);
        try {
            MapMatching gh = MapMatching.fromGraphHopper(hopper, new PMap().putObject("profile", "car"));
            List<OsmTraces.Trace> traces = OsmMatchingBenchmark.traces(dataset);
            List<List<Observation>> observations = OsmMatchingBenchmark.observations(traces);
            double[] corridor = new double[3];
            double[] peer = new double[3];
            int corridorFailed = 0;
            int peerFailed = 0;
            for (int t = 0; t < traces.size(); t++) {
                OsmTraces.Trace trace = traces.get(t);
                double truthKm = length(trace.truth());
                RoadMatcher.Match match = matcher.match(trace.lat(), trace.lon());
                List<GeoPoint> path = new ArrayList<>();
                for (double[] piece : match.pieces()) {
                    int segment = (int) piece[0];
                    double step = Math.signum(piece[2] - piece[1]) * 0.01;
                    for (double km = piece[1]; step != 0 && (step > 0 ? km < piece[2] : km > piece[2]); km += step) {
                        double[] p = matcher.position(segment, km);
                        path.add(new GeoPoint(p[0], p[1]));
                    }
                    double[] end = matcher.position(segment, piece[2]);
                    path.add(new GeoPoint(end[0], end[1]));
                }
                if (!match.continuous()) {
                    corridorFailed++;
                }
                add(corridor, path, trace, truthKm, t == 0 ? "real trace, Corridor" : null);
                try {
                    MatchResult result = gh.match(observations.get(t));
                    PointList points = result.getMergedPath().calcPoints();
                    List<GeoPoint> ghPath = new ArrayList<>();
                    for (int i = 0; i < points.size(); i++) {
                        ghPath.add(new GeoPoint(points.getLat(i), points.getLon(i)));
                    }
                    add(peer, ghPath, trace, truthKm, t == 0 ? "real trace, GraphHopper" : null);
                } catch (IllegalArgumentException e) {
                    peerFailed++;
                }
            }
            System.out.printf(Locale.ROOT, "%d traces (%d points); agreement within %.0f m of the truth%n", traces.size(),
                    traces.stream().mapToInt(OsmTraces.Trace::points).sum(), TOLERANCE_KM * 1000);
            print("Corridor RoadMatcher", corridor, corridorFailed, traces.size());
            print("GraphHopper map matching", peer, peerFailed, traces.size());
        } finally {
            hopper.close();
            OsmBenchData.delete(work);
        }
    }

    /** Adds agreeing km, matched km and truth km to {@code sums}. */
    private static void add(double[] sums, List<GeoPoint> path, OsmTraces.Trace trace, double truthKm, String label) {
        double matchedKm = length(path);
        double share = OsmTraces.agreement(path, trace.truth(), TOLERANCE_KM);
        sums[0] += share * matchedKm;
        sums[1] += matchedKm;
        sums[2] += truthKm;
        if (label != null) {
            System.out.printf(Locale.ROOT, "%s: matched %.3f km, truth %.3f km, %.1f%% of matched length agrees%n",
                    label, matchedKm, truthKm, 100 * share);
        }
    }

    private static void print(String who, double[] sums, int failed, int traces) {
        System.out.printf(Locale.ROOT, "%s: %.1f%% of %.1f km matched agrees with the truth (truth %.1f km); "
                + "%d of %d traces not matched whole%n", who, 100 * sums[0] / sums[1], sums[1], sums[2], failed, traces);
    }

    private static double length(List<GeoPoint> line) {
        double km = 0;
        for (int i = 1; i < line.size(); i++) {
            km += line.get(i - 1).distanceKm(line.get(i));
        }
        return km;
    }
}
