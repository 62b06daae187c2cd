package corridor.cli.street;

import corridor.data.RoadLayerFile;
import corridor.model.network.RoadLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code corridor info} and {@code corridor validate} on a dataset with the real Islamabad extract imported. */
class RoadInfoTest {

    @Test
    void infoCountsTheImportedRoadsAndValidateFindsThemSound(@TempDir Path temp) {
        Path dir = temp.resolve("isb");
        Cli.importOsm("islamabad.osm.pbf", dir);
        RoadLayer roads = RoadLayerFile.read(dir.resolve(RoadLayerFile.NAME));
        double km = 0;
        double primaryKm = 0;
        for (int s = 0; s < roads.segmentCount(); s++) {
            km += roads.lengthM(s) / 1000;
            primaryKm += "primary".equals(RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s))) ? roads.lengthM(s) / 1000 : 0;
        }

        Cli info = Cli.run("info", "--data", dir.toString());

        assertThat(info.exitCode()).as(info.err()).isZero();
        // the figures for this extract, and the layer's own counts
        assertThat(roads.segmentCount()).isEqualTo(6121);
        assertThat(roads.junctionCount()).isEqualTo(4348);
        assertThat(km).isBetween(2041.5, 2042.5);
        assertThat(info.out()).containsPattern("segments +6,121")
                .containsPattern("junctions +4,348")
                .containsPattern("turn restrictions +0") // the Islamabad extract has no restriction relation
                .containsPattern(String.format(Locale.ROOT, "km +%,.1f", km))
                .containsPattern(String.format(Locale.ROOT, "primary +%,.1f km", primaryKm))
                .contains("Places joined to junctions: " + roads.joinCount())
                .contains("Roads from: islamabad.osm.pbf (source osm-islamabad-", roads.origin().sha256(),
                        "© OpenStreetMap contributors, ODbL 1.0");
        assertThat(roads.joinCount()).isPositive();

        Cli validate = Cli.run("validate", "--data", dir.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).doesNotContain("roads.bin");
    }

    @Test
    void infoWithoutRoadsSaysSo() {
        Cli info = Cli.run("info");
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Street-level roads: none");
    }
}
