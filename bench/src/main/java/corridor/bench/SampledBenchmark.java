package corridor.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks that sample the time of many short invocations: sample time,
 * one fork, 2 warm-up iterations of 3 s, 3 measured iterations of 4 s, one state for the whole
 * benchmark. A subclass names its time unit ({@code @OutputTimeUnit}) and, where it needs a larger
 * heap, its own {@code @Fork}; JMH takes each annotation from the nearest class that has it.
 */
@BenchmarkMode(Mode.SampleTime)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public abstract class SampledBenchmark {
}
