package corridor.data;

import corridor.model.network.RoadLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * roads.order: the junction order kept beside roads.bin is read back for the same roads, and every file
 * that is not an order of them (missing, cut short at any byte, damaged, of other roads, of another version,
 * longer) is reported with the reason, never thrown; the dataset reader brings a usable one with the roads.
 */
class RoadOrderFileTest {

    @Test
    void anOrderIsReadBackForTheSameRoadsAndTheRoadsFileDoesNotChangeTheFingerprint(@TempDir Path dir) {
        RoadLayer roads = grid(6, 0);
        int[] ranks = shuffled(roads.junctionCount(), 1);
        Path file = dir.resolve(RoadOrderFile.NAME);

        RoadOrderFile.write(file, roads, ranks);
        RoadLayerFile.write(dir.resolve(RoadLayerFile.NAME), roads);
        RoadOrderFile.Stored stored = RoadOrderFile.read(file, RoadLayerFile.read(dir.resolve(RoadLayerFile.NAME)));

        assertThat(stored.problem()).isNull();
        assertThat(stored.ranks()).isEqualTo(ranks);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(RoadOrderFile.NAME, RoadLayerFile.NAME);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void otherRoadsDoNotMatch(@TempDir Path dir) {
        RoadLayer roads = grid(6, 0);
        Path file = dir.resolve(RoadOrderFile.NAME);
        RoadOrderFile.write(file, roads, shuffled(roads.junctionCount(), 2));

        assertThat(RoadOrderFile.read(file, grid(6, 1)).problem()).as("one junction moved")
                .isEqualTo("roads.order was made for other roads (roads.bin changed since: junctions moved or "
                        + "segments re-drawn)");
        assertThat(RoadOrderFile.read(file, grid(7, 0)).problem()).as("more roads")
                .isEqualTo("roads.order was made for other roads (36 junctions, 60 segments; roads.bin has 49 and 84)");
        assertThat(RoadOrderFile.fingerprint(grid(6, 0))).isEqualTo(RoadOrderFile.fingerprint(roads))
                .isNotEqualTo(RoadOrderFile.fingerprint(grid(6, 1)));
    }

    @Test
    void aFileCutShortAtAnyByteIsReportedNeverThrown(@TempDir Path dir) throws IOException {
        RoadLayer roads = grid(5, 0);
        Path file = dir.resolve(RoadOrderFile.NAME);
        RoadOrderFile.write(file, roads, shuffled(roads.junctionCount(), 3));
        byte[] whole = Files.readAllBytes(file);

        for (int length = 0; length < whole.length; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            RoadOrderFile.Stored stored = RoadOrderFile.read(file, roads);
            assertThat(stored.usable()).as("cut at " + length).isFalse();
            assertThat(stored.problem()).as("cut at " + length).startsWith("roads.order ");
        }
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(RoadOrderFile.read(file, roads).problem()).isEqualTo("roads.order is cut short (" + whole.length / 2
                + " bytes, " + whole.length + " expected)");
    }

    @Test
    void damagedOrForeignFilesAreReported(@TempDir Path dir) throws IOException {
        RoadLayer roads = grid(5, 0);
        Path file = dir.resolve(RoadOrderFile.NAME);
        assertThat(RoadOrderFile.read(file, roads).problem()).isEqualTo("roads.order is missing");

        RoadOrderFile.write(file, roads, shuffled(roads.junctionCount(), 4));
        byte[] whole = Files.readAllBytes(file);
        byte[] flipped = whole.clone();
        flipped[whole.length - 10] ^= 1; // a rank
        Files.write(file, flipped);
        assertThat(RoadOrderFile.read(file, roads).problem()).isEqualTo("roads.order is damaged (its checksum does not match)");

        byte[] version = whole.clone();
        version["CORRIDOR-ORDER".length()] = 9;
        Files.write(file, version);
        assertThat(RoadOrderFile.read(file, roads).problem()).isEqualTo("roads.order is of version 9; this Corridor reads version 1");

        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThat(RoadOrderFile.read(file, roads).problem()).startsWith("roads.order is longer than an order of these roads");

        Files.writeString(file, "CORRIDOR-ROADS and more text than a header");
        assertThat(RoadOrderFile.read(file, roads).problem())
                .isEqualTo("roads.order is not an order file (it does not start with CORRIDOR-ORDER)");
    }

    @Test
    void theDatasetReaderBringsAUsableOrderWithTheRoadsAndLeavesOtherFilesOut(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        BuiltInDataset.exportTo(data);
        RoadLayer roads = grid(6, 0);
        RoadLayerFile.write(data.resolve(RoadLayerFile.NAME), roads);
        int[] ranks = shuffled(roads.junctionCount(), 5);

        assertThat(DatasetReader.read(data).orThrow().roads().junctionRanks()).as("no roads.order").isNull();
        RoadOrderFile.write(data.resolve(RoadOrderFile.NAME), roads, ranks);
        assertThat(DatasetReader.read(data).orThrow().roads().junctionRanks()).isEqualTo(ranks);
        RoadOrderFile.write(data.resolve(RoadOrderFile.NAME), grid(6, 1), ranks);
        assertThat(DatasetReader.read(data).orThrow().roads().junctionRanks()).as("made for other roads").isNull();
    }

    /** A square grid of junctions about 1 km apart, {@code moved} junctions shifted a little. */
    static RoadLayer grid(int side, int moved) {
        RoadLayer.Builder builder = new RoadLayer.Builder();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double shift = r * side + c < moved ? 0.001 : 0;
                builder.junction(33 + r * 0.01 + shift, 73 + c * 0.01);
            }
        }
        long way = 1;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                if (c + 1 < side) {
                    builder.segment(v, v + 1, way++, 900, 40, 0, 11, Float.NaN, Float.NaN, "", "", null, null, 0);
                }
                if (r + 1 < side) {
                    builder.segment(v, v + side, way++, 1100, 40, 0, 11, Float.NaN, Float.NaN, "", "", null, null, 0);
                }
            }
        }
        return builder.build(null);
    }

    private static int[] shuffled(int n, long seed) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = t;
        }
        return ranks;
    }
}
