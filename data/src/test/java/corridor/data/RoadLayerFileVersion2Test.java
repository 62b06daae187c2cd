package corridor.data;

import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** roads.bin version 2 keeps the turn restrictions and maxlength; version 1 files (without them) are still read. */
class RoadLayerFileVersion2Test {

    private static final int VERSION_OFFSET = "CORRIDOR-ROADS".length();

    @Test
    void turnRestrictionsSurviveTheFile(@TempDir Path dir) {
        TurnRestrictions turns = new TurnRestrictions.Builder().add(0, 1, 1, "no_left_turn", 7, 6745561L)
                .add(1, 1, 0, "only_straight_on", 4, 42L).build();
        Path file = dir.resolve(RoadLayerFile.NAME);

        RoadLayerFile.write(file, layer().withTurnRestrictions(turns));
        TurnRestrictions read = RoadLayerFile.read(file).turnRestrictions();

        assertThat(read.count()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(read.fromSegment(i)).isEqualTo(turns.fromSegment(i));
            assertThat(read.viaJunction(i)).isEqualTo(turns.viaJunction(i));
            assertThat(read.toSegment(i)).isEqualTo(turns.toSegment(i));
            assertThat(read.type(i)).isEqualTo(turns.type(i));
            assertThat(read.classMask(i)).isEqualTo(turns.classMask(i));
            assertThat(read.relationId(i)).isEqualTo(turns.relationId(i));
        }
    }

    @Test
    void maxlengthSurvivesTheFile(@TempDir Path dir) {
        RoadLayer.Builder builder = builder();
        builder.setMaxLengthM(1, 18.75f);
        Path file = dir.resolve(RoadLayerFile.NAME);

        RoadLayerFile.write(file, builder.build(null));
        RoadLayer read = RoadLayerFile.read(file);

        assertThat(read.maxLengthM(0)).isNull();
        assertThat(read.maxLengthM(1)).isEqualTo(18.75);
    }

    @Test
    void aVersion1FileIsReadWithoutTurnRestrictions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(RoadLayerFile.NAME);
        RoadLayerFile.write(file, layer());
        // version 1 is version 2 without the trailing count of turn restrictions (0 here) and maxlengths (2 floats)
        byte[] bytes = Files.readAllBytes(file);
        byte[] v1 = Arrays.copyOf(bytes, bytes.length - 4 - 2 * 4);
        ByteBuffer.wrap(v1).order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION_OFFSET, 1);
        Files.write(file, v1);

        RoadLayer read = RoadLayerFile.read(file);

        assertThat(read.segmentCount()).isEqualTo(2);
        assertThat(read.turnRestrictions().count()).isZero();
        assertThat(read.maxLengthM(1)).isNull();
    }

    @Test
    void aLaterVersionIsRefusedNamingTheVersionsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(RoadLayerFile.NAME);
        RoadLayerFile.write(file, layer());
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION_OFFSET, 3);
        Files.write(file, bytes);

        assertThatThrownBy(() -> RoadLayerFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("road layer version 3").hasMessageContaining("versions 1 to 2");
    }

    @Test
    void aRestrictionNamingAMissingSegmentIsRefused(@TempDir Path dir) {
        TurnRestrictions wrong = new TurnRestrictions.Builder().add(0, 1, 5, "no_u_turn", 7, 1L).build();
        assertThatThrownBy(() -> layer().withTurnRestrictions(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relation 1");
    }

    /** Three junctions in a line, two segments. */
    private static RoadLayer layer() {
        return builder().build(new RoadLayer.Origin("osm-test", "test.osm.pbf", "", null, RoadLayer.Origin.ODBL));
    }

    private static RoadLayer.Builder builder() {
        RoadLayer.Builder builder = new RoadLayer.Builder();
        builder.junction(42.5, 1.5);
        builder.junction(42.501, 1.5);
        builder.junction(42.502, 1.5);
        for (int s = 0; s < 2; s++) {
            builder.segment(s, s + 1, 100 + s, 111, 50, 0, 4, Float.NaN, Float.NaN, "CG-2", "", new double[0],
                    new double[0], 0);
        }
        return builder;
    }
}
