package corridor.spark;

import corridor.monitor.ingest.CsvPingReader;
import scala.Tuple2;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work for the core a local master's start leaves idle. Spark's context and the job's planning take
 * a second or more, mostly on one thread (bench/README.md, "Spark"); meanwhile this builds the
 * monitoring road network the tasks need ({@link JvmCache}) and, when the JVM may use a second
 * core, runs the first lines of the first CSV input through the job's own steps in this JVM
 * (checked by {@link CheckedPings}, packed by {@link VehicleBlocks}, analysed by
 * {@link VehicleIngest}), the result dropped. The per-ping code is then compiled, and the
 * network's shortest-path trees cached, before the first tasks run, instead of every task thread
 * of the first stages running it interpreted at once. With one core there is no idle one, and the
 * lines would only cost the job time: then only the network is built.
 *
 * <p>Nothing of the warm-up reaches the job: its engine, aggregates and records are its own (the
 * network's trees are the same whoever computes them). It reads only a regular local file, never
 * a compressed one, and drops any failure: the job reads the same input and reports its errors.
 * Thread-safe: {@link #cancel} from any thread.
 */
final class LocalWarmUp {

    /**
     * Lines of the input the warm-up reads at most (it stops sooner when the tasks start): on the
     * machine of bench/README.md a local[2] start leaves time for 250,000 to 400,000. The system
     * property {@code corridor.spark.warmUpLines} sets another bound (0: the network only), for measurements.
     */
    static final int MAX_LINES = Integer.getInteger("corridor.spark.warmUpLines", 500_000);
    /** Lines analysed at a time (one engine each), so that a cancel takes effect soon. */
    private static final int CHUNK_LINES = 4_096;
    private static final List<String> COMPRESSED = List.of(".gz", ".bz2", ".zst", ".lz4", ".snappy", ".deflate",
            ".xz", ".zip", ".br");

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long linesRead;
    private Thread thread;

    private LocalWarmUp() {
    }

    /**
     * Starts the warm-up of {@code job} on a daemon thread of its own. For a job whose tasks run in
     * this JVM (a local master).
     */
    static LocalWarmUp start(SparkMonitor.Job job) {
        return start(job, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** {@link #start(SparkMonitor.Job)}, told whether a core is idle (tests). */
    static LocalWarmUp start(SparkMonitor.Job job, boolean idleCore) {
        LocalWarmUp warmUp = new LocalWarmUp();
        warmUp.thread = new Thread(() -> warmUp.run(job, idleCore), "corridor-warm-up");
        warmUp.thread.setDaemon(true);
        warmUp.thread.start();
        return warmUp;
    }

    /** Stops reading lines (the chunk under way is finished): the job's tasks need the cores now. */
    void cancel() {
        cancelled.set(true);
    }

    /** Lines run through the job's steps so far (for tests and measurements). */
    long linesRead() {
        return linesRead;
    }

    /** Waits up to {@code millis} milliseconds for the warm-up to end; whether it has (for tests). */
    boolean await(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void run(SparkMonitor.Job job, boolean idleCore) {
        try {
            JvmCache.network(job.dataset(), job.options().candidateRadiusKm());
            Path file = localCsv(job);
            if (idleCore && file != null) {
                lines(job, file);
            }
        } catch (Exception e) {
            // dropped: the job reads the same input (and builds the network again) and reports what fails
        }
    }

    /** The first input as a regular, uncompressed local file, or null. */
    private static Path localCsv(SparkMonitor.Job job) {
        if (PingInput.Format.parse(job.format(), job.paths()) != PingInput.Format.CSV) {
            return null;
        }
        String first = job.paths().get(0);
        Path path;
        if (first.startsWith("file:")) {
            path = Path.of(URI.create(first));
        } else if (first.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            return null;
        } else {
            path = Path.of(first);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean compressed = COMPRESSED.stream().anyMatch(name::endsWith);
        return Files.isRegularFile(path) && !compressed ? path : null;
    }

    private void lines(SparkMonitor.Job job, Path file) throws Exception {
        String where = String.join(",", job.paths());
        // decoded as the tasks decode lines: malformed bytes become U+FFFD
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            String[] names = header == null ? null : CsvLines.split(header);
            if (names == null) {
                return;
            }
            int[] roles = CsvPingReader.columnRoles(Arrays.asList(names), where);
            var check = CheckedPings.ofLines(roles, names.length, job.options(), where);
            VehicleIngest ingest = new VehicleIngest(null, job.options(), where, null);
            List<String> chunk = new ArrayList<>(CHUNK_LINES);
            long read = 0;
            while (!cancelled.get() && read < MAX_LINES) {
                chunk.clear();
                for (String line; chunk.size() < CHUNK_LINES && (line = in.readLine()) != null; ) {
                    if (!line.isEmpty()) {
                        chunk.add(line);
                    }
                }
                if (chunk.isEmpty()) {
                    return;
                }
                analyse(job, check.call(0, chunk.iterator()), ingest);
                read += chunk.size();
                linesRead = read;
            }
        }
    }

    /** One chunk's records packed into blocks, sorted by vehicle, analysed; the state dropped. */
    private static void analyse(SparkMonitor.Job job, Iterator<PingRecord> records, VehicleIngest ingest)
            throws Exception {
        List<Tuple2<String, byte[]>> blocks = new ArrayList<>();
        VehicleBlocks.of().call(records).forEachRemaining(blocks::add);
        blocks.sort((a, b) -> a._1().compareTo(b._1()));
        ingest.ingest(job.dataset(), blocks.iterator()).forEachRemaining(out -> { });
    }
}
