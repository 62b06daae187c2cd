package corridor.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 for a test: a master and workers, each a JVM of its own
 * started from Spark's classes ({@code spark/target/lib}, which {@code package} copies), with the
 * same {@code java} and the {@code --add-opens} options of {@code corridor/spark/java-options}.
 * Every port is chosen by the system and read back from the master's log; the master's REST
 * submission server is off. Spark's own scripts are not needed: the workers' Spark home is a
 * directory whose {@code jars} is {@code target/lib}, which is where a worker takes its executors'
 * class path from. {@link #close} ends every process it started (executors included); so does a
 * shutdown hook, should the test JVM end first. Not thread-safe.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Pattern WORKER_REGISTERED = Pattern.compile("Registering worker ");
    /** Heap of the master and of each worker daemon (executors and the driver get their own). */
    private static final String DAEMON_HEAP = "-Xmx256m";

    private final Path dir;
    private final Path libDir;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> workerLogs = new ArrayList<>();
    private final Thread hook = new Thread(this::stopAll, "stop the test's Spark cluster");
    private final Path masterLog;
    private final String masterUrl;

    /**
     * Starts a master and {@code workers} workers of {@code coresPerWorker} cores and
     * {@code memoryPerWorker} (Spark's notation: 512m) each, and waits until every worker has
     * registered with the master.
     *
     * @param dir     where logs, the Spark home and the workers' directories go
     * @param libDir  Spark's jars ({@code spark/target/lib})
     * @param timeout how long to wait for the master and each worker
     */
    StandaloneCluster(Path dir, Path libDir, int workers, int coresPerWorker, String memoryPerWorker, Duration timeout)
            throws IOException, InterruptedException {
        this.dir = dir;
        this.libDir = libDir;
        Runtime.getRuntime().addShutdownHook(hook);
        boolean started = false;
        try {
            Path home = Files.createDirectories(dir.resolve("spark-home"));
            Files.createSymbolicLink(home.resolve("jars"), libDir.toAbsolutePath());
            masterLog = dir.resolve("master.log");
            start(masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0",
                    "--webui-port", "0");
            masterUrl = await(masterLog, MASTER_URL, 1, timeout).group(1);
            for (int w = 1; w <= workers; w++) {
                Path log = dir.resolve("worker-" + w + ".log");
                Path work = Files.createDirectories(dir.resolve("worker-" + w));
                workerLogs.add(log);
                start(log, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "0",
                        "--webui-port", "0", "--cores", String.valueOf(coresPerWorker), "--memory", memoryPerWorker,
                        "--work-dir", work.toString(), masterUrl);
            }
            await(masterLog, WORKER_REGISTERED, workers, timeout);
            started = true;
        } finally {
            if (!started) {
                close();
            }
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return masterUrl;
    }

    List<Path> workerLogs() {
        return List.copyOf(workerLogs);
    }

    /** The environment of every process of the cluster (and of a driver submitted to it). */
    Map<String, String> environment() {
        return Map.of("SPARK_LOCAL_IP", "127.0.0.1", "SPARK_HOME", dir.resolve("spark-home").toString(),
                // a worker asks for it to find its jars when Spark's build directories are absent
                "SPARK_SCALA_VERSION", "2.13");
    }

    /**
     * A command line of a JVM with Spark on its class path: this JVM's {@code java}, Spark's
     * module options, {@code jvmOptions}, then the main class and its arguments.
     */
    List<String> javaCommand(List<String> jvmOptions, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkJavaOptions());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(libDir.toAbsolutePath() + "/*");
        command.add(mainClass);
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    /** Starts a process with the cluster's environment, its output to {@code log}; {@link #close} ends it. */
    Process start(Path log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(dir.toFile());
        builder.environment().putAll(environment());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void start(Path log, String mainClass, String... arguments) throws IOException {
        start(log, javaCommand(List.of(DAEMON_HEAP, "-Dspark.master.rest.enabled=false"), mainClass, arguments));
    }

    /** The last lines of a log, for a failure's message. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            return log + ":\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return log + ": " + e.getMessage();
        }
    }

    /** Waits until {@code pattern} has matched {@code count} times in {@code log}; returns the last match. */
    private MatchResult await(Path log, Pattern pattern, int count, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher m = pattern.matcher(text);
            MatchResult last = null;
            int found = 0;
            while (m.find()) {
                found++;
                last = m.toMatchResult();
            }
            if (found >= count) {
                return last;
            }
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("a process of the cluster ended\n" + logs());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("waited " + timeout.toSeconds() + " s for '" + pattern + "' in " + log + "\n"
                + logs());
    }

    private String logs() {
        StringBuilder all = new StringBuilder(tail(masterLog, 20));
        workerLogs.forEach(log -> all.append('\n').append(tail(log, 20)));
        return all.toString();
    }

    private static List<String> sparkJavaOptions() {
        try (InputStream in = StandaloneCluster.class.getResourceAsStream("/corridor/spark/java-options")) {
            if (in == null) {
                throw new IllegalStateException("corridor/spark/java-options is not on the class path");
            }
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends every process started here, the newest first, with the processes they started (executors). */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, or has run, stopAll itself
        }
    }

    private synchronized void stopAll() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }
}
