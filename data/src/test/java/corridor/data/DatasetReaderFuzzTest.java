package corridor.data;

import corridor.data.load.DatasetFiles;
import corridor.data.load.DatasetLoad;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is wrong with a file, reading never throws: every problem comes back naming a
 * dataset file, and a load without errors has every record it read.
 */
class DatasetReaderFuzzTest {

    private static final String FIXTURE = "corridor/data/minimal/";

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(DatasetFiles.ALL);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withChars("{}[],:\"\\\n\r;-.0123456789eE abcnulltrue").ofMaxLength(200);
    }

    @Property(tries = 300)
    void aFileMutatedAtOnePlaceIsReadWithoutThrowing(@ForAll("files") String file, @ForAll @IntRange(max = 10_000) int at,
                                                      @ForAll("junk") String insert, @ForAll @IntRange(max = 20) int cut)
            throws IOException {
        Path dir = fixture();
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int start = at % (text.length() + 1);
        int end = Math.min(text.length(), start + cut);
        Files.writeString(path, text.substring(0, start) + insert + text.substring(end), StandardCharsets.UTF_8);
        checkRead(dir);
    }

    @Property(tries = 200)
    void aFileReplacedByJunkIsReadWithoutThrowing(@ForAll("files") String file, @ForAll("junk") String content)
            throws IOException {
        Path dir = fixture();
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        checkRead(dir);
    }

    private static void checkRead(Path dir) {
        DatasetLoad load = DatasetReader.read(dir);
        assertThat(load.dataset()).isNotNull();
        assertThat(load.problems()).allSatisfy(p -> {
            assertThat(DatasetFiles.ALL).contains(p.file());
            assertThat(p.message()).isNotBlank();
        });
        if (!load.hasErrors()) {
            assertThat(load.orThrow()).isSameAs(load.dataset());
        }
    }

    private Path fixture() {
        try {
            Path dir = Files.createTempDirectory("corridor-fuzz");
            dir.toFile().deleteOnExit();
            for (String name : DatasetFiles.ALL) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE + name)) {
                    Path target = dir.resolve(name);
                    Files.copy(in, target);
                    target.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
