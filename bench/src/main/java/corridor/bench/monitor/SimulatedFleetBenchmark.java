package corridor.bench.monitor;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.match.RoadNetwork;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the monitoring benchmarks share: single-shot invocations in one fork with a 2 GB heap (each
 * subclass names its unit and iterations), the built-in network the pings are simulated on
 * ({@link SimulatedPings}), the engine's settings and its road network, made with the state (once a
 * trial, before the subclass's {@code @Setup} reads its own inputs). Not thread-safe: one state per
 * benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public abstract class SimulatedFleetBenchmark {

    protected final Dataset dataset = SimulatedPings.dataset();
    protected final MonitorSettings settings = SimulatedPings.settings();
    protected final RoadNetwork network = new RoadNetwork(dataset, settings.candidateRadiusKm());

    /** A fresh engine over the network, as {@code corridor monitor ingest} runs it (no state carried over). */
    protected MonitorEngine newEngine() {
        return new MonitorEngine(network, dataset, settings, false);
    }
}
