package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static corridor.data.imports.ImportFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzing of every importer with jqwik-generated inputs: mutated sample files, random bytes and
 * random rows under the real headers. Each input either imports or raises {@link InputException};
 * any other exception, or a run over the time bound, fails the property. The number of inputs
 * tried is the jqwik "tries" count each property reports.
 */
class ImporterFuzzTest {

    /** A bound far above the milliseconds an input of at most a few kilobytes takes. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final Map<ImportKind, String> SAMPLES = Map.of(
            ImportKind.COMTRADE, "comtrade-bad-rows.csv", ImportKind.GCDF, "gcdf-bad-rows.csv",
            ImportKind.ACLED, "acled-bad-rows.csv", ImportKind.GEOJSON, "projects-sample.geojson");

    private final List<Path> temporary = new ArrayList<>();

    /** One change to a file's bytes. */
    record Mutation(int position, int kind, byte value) {
    }

    @Property(tries = 2000)
    void mutatedSamplesImportOrRaiseAnInputError(@ForAll ImportKind kind, @ForAll("mutations") List<Mutation> mutations,
                                                 @ForAll boolean skipBadRows) {
        byte[] input = mutate(ImportFixture.resource(SAMPLES.get(kind)), mutations);
        readOnly(kind, input, skipBadRows);
    }

    @Property(tries = 1000)
    void randomBytesImportOrRaiseAnInputError(@ForAll ImportKind kind, @ForAll("bytes") byte[] input,
                                              @ForAll boolean skipBadRows) {
        readOnly(kind, input, skipBadRows);
    }

    @Property(tries = 1000)
    void randomRowsUnderTheRealHeaderImportOrRaiseAnInputError(@ForAll ImportKind kind,
                                                               @ForAll("rows") List<List<String>> rows,
                                                               @ForAll boolean skipBadRows) {
        readOnly(kind, underRealHeader(kind, rows), skipBadRows);
    }

    /** The whole path, reading and writing into a dataset: it stays valid, or is left as it was. */
    @Property(tries = 300)
    void importsIntoADatasetLeaveItValidOrUntouched(@ForAll ImportKind kind,
                                                    @ForAll("mutations") List<Mutation> mutations,
                                                    @ForAll boolean skipBadRows) throws IOException {
        byte[] input = mutate(ImportFixture.resource(SAMPLES.get(kind)), mutations);
        Path temp = Files.createTempDirectory("corridor-fuzz-");
        temporary.add(temp);
        Path dir = ImportFixture.baseDataset(temp);
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                ImportBatch batch = Importers.read(kind, "fuzz", input, options(kind, skipBadRows));
                DatasetImport.apply(dir, batch, skipBadRows);
                assertThat(DatasetReader.read(dir).hasErrors()).isFalse();
            } catch (InputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
                assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
            }
        });
        assertThat(ImportFixture.leftovers(temp)).isEmpty();
    }

    @AfterTry
    void removeTemporaryDirectories() throws IOException {
        for (Path dir : temporary) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        temporary.clear();
    }

    private static void readOnly(ImportKind kind, byte[] input, boolean skipBadRows) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                ImportBatch batch = Importers.read(kind, "fuzz", input, options(kind, skipBadRows));
                assertThat(batch.records().size() + batch.rejected().size()).isLessThanOrEqualTo((int) batch.rowsRead());
                if (!skipBadRows) {
                    assertThat(batch.rejected()).isEmpty();
                }
            } catch (InputException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    private static ImportOptions options(ImportKind kind, boolean skipBadRows) {
        ImportOptions options = ImportOptions.strict(DAY).withSkipBadRows(skipBadRows);
        return switch (kind) {
            case GCDF -> options.withPhase("2.0");
            case GEOJSON -> options.withLayer("projects");
            default -> options;
        };
    }

    private static byte[] mutate(byte[] original, List<Mutation> mutations) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : original) {
            bytes.add(b);
        }
        for (Mutation m : mutations) {
            int at = bytes.isEmpty() ? 0 : m.position() % bytes.size();
            switch (m.kind()) {
                case 0 -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, m.value());
                    }
                }
                case 1 -> bytes.add(at, m.value());
                case 2 -> {
                    if (!bytes.isEmpty()) {
                        bytes.remove(at);
                    }
                }
                default -> {
                    // cut the file short
                    while (bytes.size() > at) {
                        bytes.remove(bytes.size() - 1);
                    }
                }
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private static byte[] underRealHeader(ImportKind kind, List<List<String>> rows) {
        String sample = new String(ImportFixture.resource(SAMPLES.get(kind)), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        if (kind == ImportKind.GEOJSON) {
            text.append("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                text.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{");
                for (int j = 0; j + 1 < row.size(); j += 2) {
                    text.append(j == 0 ? "" : ",").append(json(row.get(j))).append(':').append(json(row.get(j + 1)));
                }
                text.append("},\"geometry\":null}");
            }
            return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        }
        text.append(sample, 0, sample.indexOf('\n') + 1);
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(CsvInput::quote).toList())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replaceAll("[\\x00-\\x1f]", " ") + "\"";
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 3)
                        .withDistribution(net.jqwik.api.RandomDistribution.uniform()), Arbitraries.bytes())
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,-\" \n\rYesNoAXM").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.of("", "Yes", "No", "A", "M", "X", "TOTAL", "156", "586", "2024", "2024-03-26",
                        "26 March 2024", "Completion", "230", "34.9", "72.8", "id", "source", "base-src", "phase", "1"));
        return field.list().ofMaxSize(130).list().ofMaxSize(6);
    }
}
