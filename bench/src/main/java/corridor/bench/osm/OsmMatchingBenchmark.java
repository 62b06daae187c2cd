package corridor.bench.osm;

import com.graphhopper.GraphHopper;
import com.graphhopper.matching.MapMatching;
import com.graphhopper.matching.MatchResult;
import com.graphhopper.matching.Observation;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.GHPoint;
import corridor.bench.SampledBenchmark;
import corridor.model.Dataset;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.match.MatchNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Map matching on the same OSM roads (the Andorra extract): Corridor's {@link RoadMatcher} on its
 * imported road layer against GraphHopper's map matching on its own import of the same PBF (car
 * profile, landmarks prepared). One invocation matches every trace of {@link OsmTraces}: the real
 * andorra-trace.gpx and 40 simulated drives ({@link OsmTraces#simulated}); points per second are
 * the invocation rate times {@link #points()}. Accuracy: {@link OsmMatchingAccuracy}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class OsmMatchingBenchmark extends SampledBenchmark {

    static final String EXTRACT = "andorra";
    static final int SIMULATED = 40;

    private RoadMatcher matcher;
    private MapMatching ghMatching;
    private GraphHopper hopper;
    private Path work;
    private List<OsmTraces.Trace> traces;
    private List<List<Observation>> observations;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = OsmBenchData.dataset(EXTRACT);
        matcher = new RoadMatcher(MatchNetwork.of(dataset.roads()), RoadMatcher.Settings.defaults());
        work = OsmBenchData.tempDir();
        hopper = OsmBenchData.graphHopper(EXTRACT, work);
        ghMatching = MapMatching.fromGraphHopper(hopper, new PMap().putObject("profile", "car"));
        traces = traces(dataset);
        observations = observations(traces);
    }

    static List<OsmTraces.Trace> traces(Dataset dataset) {
        List<OsmTraces.Trace> all = new ArrayList<>();
        all.add(OsmTraces.real(OsmTraces.realTracePath()));
        all.addAll(OsmTraces.simulated(dataset, SIMULATED, 11));
        return all;
    }

    static List<List<Observation>> observations(List<OsmTraces.Trace> traces) {
        List<List<Observation>> all = new ArrayList<>();
        for (OsmTraces.Trace t : traces) {
            List<Observation> obs = new ArrayList<>();
            for (int i = 0; i < t.points(); i++) {
                obs.add(new Observation(new GHPoint(t.lat()[i], t.lon()[i])));
            }
            all.add(obs);
        }
        return all;
    }

    /** Points matched per invocation. */
    public int points() {
        return traces.stream().mapToInt(OsmTraces.Trace::points).sum();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.println("\npoints per invocation: " + points() + " in " + traces.size() + " traces");
        hopper.close();
        OsmBenchData.delete(work);
    }

    @Benchmark
    public void corridorRoadMatcher(Blackhole hole) {
        for (OsmTraces.Trace t : traces) {
            hole.consume(matcher.match(t.lat(), t.lon()));
        }
    }

    @Benchmark
    public void graphHopperMapMatching(Blackhole hole) {
        for (List<Observation> obs : observations) {
            try {
                MatchResult result = ghMatching.match(obs);
                hole.consume(result);
            } catch (IllegalArgumentException e) {
                hole.consume(e);
            }
        }
    }
}
