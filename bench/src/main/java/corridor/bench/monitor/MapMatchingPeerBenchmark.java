package corridor.bench.monitor;

import com.graphhopper.matching.Observation;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.PingSink;
import corridor.monitor.ingest.Rejection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Corridor engine against GraphHopper's map matching on the same sample of the same
 * simulated traces ({@value #SAMPLE} pings of the first trucks, cut into trips), over the same
 * link geometry, both from pings already in memory. Pings per second of each is
 * {@value #SAMPLE} divided by the time per operation; the ratio is what to read.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MapMatchingPeerBenchmark extends SimulatedFleetBenchmark {

    static final int SAMPLE = 30_000;
    /** GraphHopper gets each trace without pings closer than this to the previous one (see {@link GraphHopperPeer#traces}). */
    static final double THINNING_METRES = 200;

    private List<Ping> pings;
    private List<List<Observation>> traces;
    private List<List<Observation>> rawTraces;
    private GraphHopperPeer graphHopper;
    private long graphHopperFailures;
    private double graphHopperMetres;

    @Setup
    public void setUp() throws IOException {
        pings = sample();
        traces = GraphHopperPeer.traces(pings, THINNING_METRES);
        rawTraces = GraphHopperPeer.traces(pings, 0);
        graphHopper = new GraphHopperPeer(dataset);
    }

    private List<Ping> sample() throws IOException {
        StringBuilder csv = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(SimulatedPings.file(1_000_000), StandardCharsets.UTF_8)) {
            for (int i = 0; i <= SAMPLE; i++) {
                csv.append(in.readLine()).append('\n');
            }
        }
        List<Ping> sample = new ArrayList<>();
        CsvPingReader.read(new StringReader(csv.toString()), "sample", settings, new PingSink() {
            @Override
            public void accept(Ping ping) {
                sample.add(ping);
            }

            @Override
            public void reject(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
            }
        });
        return sample;
    }

    @Benchmark
    public Aggregates corridorSample() {
        MonitorEngine engine = newEngine();
        pings.forEach(engine::accept);
        return engine.finish();
    }

    /** GraphHopper on the thinned traces: the fair comparison. */
    @Benchmark
    public double graphHopperSample() {
        return graphHopper(traces);
    }

    /** GraphHopper on the raw traces, stops and all: shows why thinning is needed. */
    @Benchmark
    public double graphHopperRawSample() {
        return graphHopper(rawTraces);
    }

    private double graphHopper(List<List<Observation>> sample) {
        double metres = 0;
        for (List<Observation> trace : sample) {
            double matched = graphHopper.match(trace);
            if (matched < 0) {
                graphHopperFailures++;
            } else {
                metres += matched;
            }
        }
        graphHopperMetres = metres;
        return metres;
    }

    @TearDown
    public void tearDown() {
        double[] corridorKm = {0};
        MonitorEngine engine = newEngine().onTrip(t -> corridorKm[0] += t.distanceKm());
        pings.forEach(engine::accept);
        engine.finish();
        System.out.printf(java.util.Locale.ROOT,
                "%n%d pings in %d traces (%d observations after thinning for GraphHopper); matched length: "
                        + "Corridor %.0f km, GraphHopper %.0f km (last run of this benchmark); "
                        + "GraphHopper could not match %d trace runs%n",
                pings.size(), traces.size(), traces.stream().mapToInt(List::size).sum(), corridorKm[0],
                graphHopperMetres / 1000, graphHopperFailures);
        graphHopper.close();
    }
}
