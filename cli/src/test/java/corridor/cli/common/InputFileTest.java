package corridor.cli.common;

import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every command that reads a file says what the path is when it is no file to read (a directory, a
 * device, an empty or missing file), in one line with exit 2; and reads with a limit while reading,
 * so that {@code /dev/zero}, an endless standard input or a huge file never fills memory.
 */
class InputFileTest {

    @TempDir
    static Path shared;

    /** Each command, FILE standing for the file under test, and what it says when the file is missing. */
    static Stream<Arguments> commands() {
        String out = shared.resolve("out").toString();
        String state = "no monitor state here";
        return Stream.of(
                Arguments.of(List.of("check-article", "FILE"), "no such file"),
                Arguments.of(List.of("monitor", "ingest", "FILE", "--state", shared.resolve("s.json").toString()),
                        "no such file"),
                Arguments.of(List.of("monitor", "ingest", "--costs", "FILE", "--state", shared.resolve("s.json").toString(),
                        "-"), "no such file"),
                Arguments.of(List.of("monitor", "ingest", "--cargo", "FILE", "--state", shared.resolve("s.json").toString(),
                        "-"), "no such file"),
                Arguments.of(List.of("import", "acled", "FILE", "--into", out), "no such file"),
                Arguments.of(List.of("import", "comtrade", "FILE", "--into", out), "no such file"),
                Arguments.of(List.of("import", "gcdf", "FILE", "--into", out), "no such file"),
                Arguments.of(List.of("import", "geojson", "FILE", "--layer", "places", "--into", out), "no such file"),
                Arguments.of(List.of("import", "osm", "FILE", "--into", out), "no such file"),
                Arguments.of(List.of("scenario", "FILE", "--from", "kashgar", "--to", "gwadar"), "no such file"),
                Arguments.of(List.of("criticality", "--pairs", "FILE"), "no such file"),
                Arguments.of(List.of("monitor", "score", "--truth", "FILE"), "no such file"),
                Arguments.of(List.of("monitor", "report", "--state", "FILE"), state),
                Arguments.of(List.of("route", "--from", "kashgar", "--to", "gwadar", "--observed", "FILE"), state),
                Arguments.of(List.of("serve", "--port", "0", "--db", shared.resolve("db").toString(), "--monitor-state",
                        "FILE"), state),
                Arguments.of(List.of("trace-links", "--osm", "FILE", "--out", out), "no such file"));
    }

    private static CliRun run(List<String> command, Path file) {
        return CliRun.of(command.stream().map(a -> a.equals("FILE") ? file.toString() : a).toArray(String[]::new));
    }

    /** One line on standard error, exit 2, naming the path (and the option that gave it) and the reason. */
    private static void assertRefused(CliRun run, List<String> command, Path file, String reason) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        String option = command.get(command.indexOf("FILE") - 1);
        String where = option.startsWith("--") ? option + " " + file : file.toString();
        assertThat(run.err().strip().lines()).as(run.err()).singleElement().asString()
                .startsWith("corridor: " + where + ": " + reason);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aDirectoryIsNamedAsOne(List<String> command, String missing) throws IOException {
        Path dir = Files.createDirectories(shared.resolve("a-directory"));
        assertRefused(run(command, dir), command, dir, "is a directory, not a file");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aDeviceIsNotARegularFile(List<String> command, String missing) {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertRefused(run(command, zero), command, zero, "is not a regular file");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anEmptyFileIsEmpty(List<String> command, String missing) throws IOException {
        Path empty = shared.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        assertRefused(run(command, empty), command, empty, "is empty");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMissingFileIsMissing(List<String> command, String missing) {
        Path none = shared.resolve("none.csv");
        assertRefused(run(command, none), command, none, missing);
    }

    @Test
    void aPipeIsRefusedWithoutWaitingOnIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        CliRun run = CliRun.of("check-article", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("corridor: " + fifo + ": is not a regular file: a device, a pipe or a "
                + "socket; give - to read standard input");
    }

    @Test
    void aDataDirectoryThatIsNoDirectoryIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a dataset");
        for (String command : List.of("validate", "info")) {
            CliRun run = CliRun.of(command, "--data", file.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(run.err().strip()).isEqualTo("corridor: --data " + file + ": not a dataset directory: is a file, "
                    + "not a directory");
        }
        CliRun zero = CliRun.of("info", "--data", "/dev/zero");
        assertThat(zero.err().strip()).isEqualTo("corridor: --data /dev/zero: not a dataset directory: is a device, a "
                + "pipe or a socket, not a directory");
    }

    @Test
    void anArticleLongerThanTheLimitIsRefusedAfterTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                out.write("Trade between the two countries rose by 5 percent in 2024.\n");
            }
        }
        CliRun run = CliRun.of("check-article", big.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("corridor: " + big + ": is longer than 200,000 characters, the most "
                + "this command reads");
    }

    @Test
    void endlessStandardInputIsReadOnlyToTheLimit() {
        CountingInput endless = new CountingInput((byte) 'a');
        CliRun run = withStdin(endless, "check-article", "-");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("corridor: stdin: is longer than 200,000 characters, the most this "
                + "command reads");
        // 200,001 characters, plus what the buffers under the decoder read ahead (64 KiB and 8 KiB)
        assertThat(endless.read).isBetween(200_001L, 200_001L + 80_000);

        CountingInput zeros = new CountingInput((byte) 0);
        CliRun nul = withStdin(zeros, "check-article", "-");
        assertThat(nul.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(nul.err().strip()).startsWith("corridor: stdin: not UTF-8 text (a NUL character at character 0)");
        assertThat(zeros.read).isLessThan(80_000);

        CliRun empty = withStdin(InputStream.nullInputStream(), "check-article", "-");
        assertThat(empty.err().strip()).isEqualTo("corridor: stdin: is empty");
    }

    @Test
    void aCsvLineWithoutEndIsRefusedAtTheLineLimit(@TempDir Path dir) {
        CountingInput endless = new CountingInput((byte) 'x');
        CliRun run = withStdin(endless, "monitor", "ingest", "-", "--state", dir.resolve("s.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("corridor: stdin line 1: is longer than 1,000,000 characters; is this "
                + "CSV or GPX text?");
        assertThat(endless.read).isLessThan(1_000_001L + 80_000);
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    /**
     * A child JVM with a 64 MiB heap reads {@code /dev/zero} as the article, as standard input, and a
     * 50 MB article: each ends with one line and exit 2 (before, the whole input was read first and
     * ended in an OutOfMemoryError).
     */
    @Test
    void checkArticleEndsInBoundedMemory(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Finished device = child(dir, null, "check-article", "/dev/zero");
        assertThat(device.exitCode()).as(device.output()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(device.output().strip()).isEqualTo("corridor: /dev/zero: is not a regular file: a device, a pipe "
                + "or a socket; give - to read standard input");

        Finished stdin = child(dir, new File("/dev/zero"), "check-article", "-");
        assertThat(stdin.exitCode()).as(stdin.output()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(stdin.output().strip().lines()).singleElement().asString()
                .startsWith("corridor: stdin: not UTF-8 text (a NUL character at character 0)");

        Path big = dir.resolve("big.txt");
        byte[] line = "Bilateral trade reached US$23.1 billion in 2024, officials said.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50_000_000; written += line.length) {
                out.write(line);
            }
        }
        Finished large = child(dir, big.toFile(), "check-article", "-");
        assertThat(large.exitCode()).as(large.output()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(large.output().strip()).isEqualTo("corridor: stdin: is longer than 200,000 characters, the most "
                + "this command reads");
        Finished file = child(dir, null, "check-article", big.toString());
        assertThat(file.exitCode()).as(file.output()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(file.output()).doesNotContain("OutOfMemoryError");
    }

    private record Finished(int exitCode, String output) {
    }

    /** {@code corridor ARGS} in a JVM with a 64 MiB heap, standard input from {@code stdin} (none when null). */
    private static Finished child(Path dir, File stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(Arrays.asList(args));
        Path log = Files.createTempFile(dir, "child-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin);
        }
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("corridor " + String.join(" ", args) + " did not end: " + Files.readString(log));
        }
        return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static CliRun withStdin(InputStream in, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(in);
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    /** An endless input of one byte, counting how many bytes were taken from it. */
    private static final class CountingInput extends InputStream {
        private final byte value;
        long read;

        CountingInput(byte value) {
            this.value = value;
        }

        @Override
        public int read() {
            read++;
            return value & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, value);
            read += length;
            return length;
        }
    }
}
