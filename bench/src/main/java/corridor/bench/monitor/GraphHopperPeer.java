package corridor.bench.monitor;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.matching.MapMatching;
import com.graphhopper.matching.MatchResult;
import com.graphhopper.matching.Observation;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.GHPoint;
import corridor.model.Dataset;
import corridor.monitor.ingest.Ping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GraphHopper's map matching (com.graphhopper:graphhopper-map-matching) over the same link
 * geometry as the Corridor engine: the links are written as OSM XML and imported into a
 * GraphHopper graph with the car profile.
 */
final class GraphHopperPeer implements AutoCloseable {

    private final GraphHopper hopper;
    private final Path directory;
    private final MapMatching matching;
    /** The last match, for inspection. */
    MatchResult lastResult;

    GraphHopperPeer(Dataset dataset) {
        try {
            directory = Files.createTempDirectory("corridor-bench-gh");
            Path osm = directory.resolve("corridor.osm");
            OsmExport.write(dataset, osm);
            hopper = new GraphHopper();
            hopper.setOSMFile(osm.toString());
            hopper.setGraphHopperLocation(directory.resolve("graph").toString());
            hopper.setEncodedValuesString("car_access, car_average_speed");
            // GraphHopper's car.json, built in code: loading it from the jar needs an older Jackson than the build's
            CustomModel car = new CustomModel()
                    .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                    .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
            car.setDistanceInfluence(90d);
            hopper.setProfiles(new Profile("car").setCustomModel(car));
            hopper.setMinNetworkSize(0);
            hopper.importOrLoad();
            matching = MapMatching.fromGraphHopper(hopper, new PMap().putObject("profile", "car"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matches one trace; returns the matched length in metres, or -1 when GraphHopper could not match it. */
    double match(List<Observation> trace) {
        try {
            MatchResult result = matching.match(trace);
            lastResult = result;
            return result.getMatchLength();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * Each vehicle's pings cut into trips at gaps of more than six hours, as the Corridor engine
     * cuts them; with {@code minMoveMetres > 0}, a ping closer than that to the previous kept one
     * is left out. GraphHopper needs that thinning at stops: on this network's long edges, each
     * small backward jitter of a parked truck otherwise becomes a drive to the edge's end and back.
     */
    static List<List<Observation>> traces(List<Ping> pings, double minMoveMetres) {
        List<Ping> sorted = new ArrayList<>(pings);
        sorted.sort(Comparator.comparing(Ping::vehicleId).thenComparingLong(Ping::epochSecond));
        List<List<Observation>> traces = new ArrayList<>();
        List<Observation> current = new ArrayList<>();
        Ping lastSeen = null;
        Ping lastKept = null;
        for (Ping p : sorted) {
            if (lastSeen != null && (!lastSeen.vehicleId().equals(p.vehicleId())
                    || p.epochSecond() - lastSeen.epochSecond() > 6 * 3600)) {
                traces.add(current);
                current = new ArrayList<>();
                lastKept = null;
            }
            lastSeen = p;
            if (lastKept == null || minMoveMetres <= 0 || DistanceCalcEarth.DIST_EARTH.calcDist(lastKept.latitude(),
                    lastKept.longitude(), p.latitude(), p.longitude()) >= minMoveMetres) {
                current.add(new Observation(new GHPoint(p.latitude(), p.longitude())));
                lastKept = p;
            }
        }
        if (!current.isEmpty()) {
            traces.add(current);
        }
        traces.removeIf(t -> t.size() < 2);
        return traces;
    }

    @Override
    public void close() {
        hopper.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
