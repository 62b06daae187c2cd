package corridor.cli.testing;

import corridor.cli.Main;
import corridor.cli.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code corridor serve} in a child JVM (this test JVM's class path), which a test can kill as an
 * operator's machine would: {@link #kill()} is {@code kill -9}; a crash point
 * ({@code -Dcorridor.crash-at=NAME}) halts it between two named steps.
 */
public final class ServeProcess implements AutoCloseable {

    public static final String TOKEN = "a-token-of-twenty-chars";
    private static final Pattern ADDRESS = Pattern.compile("the observatory is at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process process;
    private final Path log;
    private final String base;

    private ServeProcess(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts {@code serve --port 0 --token TOKEN ARGS} and waits (up to two minutes) until it prints its address.
     *
     * @param crashAt the crash point to halt at, or null
     */
    public static ServeProcess start(Path dir, String crashAt, String... args) {
        return start(dir, List.of(), crashAt, args);
    }

    /**
     * As {@link #start(Path, String, String...)} without a crash point, with {@code javaOptions} after
     * the defaults (a later {@code -Xmx} wins): to run the server with the heap {@code bin/corridor
     * serve} gives it.
     */
    public static ServeProcess startWith(Path dir, List<String> javaOptions, String... args) {
        return start(dir, javaOptions, null, args);
    }

    private static ServeProcess start(Path dir, List<String> javaOptions, String crashAt, String[] args) {
        try {
            List<String> command = command(javaOptions, crashAt, "serve", "--port", "0", "--token", TOKEN);
            command.addAll(List.of(args));
            Path log = Files.createTempFile(dir, "serve-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            for (int i = 0; i < 1200; i++) {
                Matcher m = ADDRESS.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new ServeProcess(process, log, m.group(1).replaceAll("/$", ""));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("serve did not start; it printed: " + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code java ... corridor.cli.Main ARGS} on this JVM's class path, halting at {@code crashAt} when not null. */
    private static List<String> command(List<String> javaOptions, String crashAt, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        if (crashAt != null) {
            command.add("-D" + corridor.model.CrashPoint.PROPERTY + "=" + crashAt);
        }
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** A finished child run: its exit status and what it printed. */
    public record Finished(int exitCode, String output) {
    }

    /**
     * Runs {@code corridor ARGS} in a child JVM to its end (at most two minutes, then it is killed and
     * the test fails): for commands that must stop by themselves, such as a refused {@code serve}.
     */
    public static Finished run(Path dir, String crashAt, String... args) {
        try {
            List<String> command = command(List.of(), crashAt, args);
            Path log = Files.createTempFile(dir, "run-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("corridor " + String.join(" ", args) + " did not end; it printed: "
                        + Files.readString(log));
            }
            return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the process printed so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return base;
    }

    /** A response: status, the dataset version header (-1 when absent) and the body. */
    public record Reply(int status, long version, String body) {
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return reply(CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    public Reply put(String path, String json) throws IOException, InterruptedException {
        return reply(CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** A read-only POST with a JSON body (no token), such as {@code /api/check-article}. */
    public Reply post(String path, String json) throws IOException, InterruptedException {
        return reply(CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> response) {
        long version = response.headers().firstValue("Corridor-Dataset-Version").map(Long::parseLong).orElse(-1L);
        return new Reply(response.statusCode(), version, response.body());
    }

    /** Waits (up to a minute) for the process to end, as a crash point ends it; returns its exit status. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not stop; it printed: " + output());
        }
        return process.exitValue();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Stops it as Ctrl-C would. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
