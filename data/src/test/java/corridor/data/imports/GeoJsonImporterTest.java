package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static corridor.data.imports.ImportFixture.DAY;
import static corridor.data.imports.ImportFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoJsonImporterTest {

    @TempDir
    Path temp;

    private ImportOptions projects() {
        return ImportOptions.strict(DAY).withLayer("projects");
    }

    @Test
    void featuresOfALayerAreAppendedAndValidated() {
        Path dir = ImportFixture.baseDataset(temp);
        ImportResult result = DatasetImport.apply(dir, Importers.read(ImportKind.GEOJSON, "projects-sample.geojson",
                resource("projects-sample.geojson"), projects()), false);
        assertThat(result.imported()).hasSize(2);
        assertThat(result.sourceId()).isEmpty();
        Dataset dataset = DatasetReader.read(dir).orThrow();
        assertThat(dataset.projects()).extracting(p -> p.id()).containsExactly("base-project", "gj-sahiwal", "gj-unlocated");
        assertThat(dataset.project("gj-sahiwal").orElseThrow().capacityValue()).isEqualTo(1320);
        assertThat(dataset.project("gj-unlocated").orElseThrow().provenance().note())
                .isEqualTo("location not published; imported from projects-sample.geojson feature 1");
    }

    @Test
    void aFeatureBreakingALayerRuleStopsTheImportNamingTheInputFeature() {
        Path dir = ImportFixture.baseDataset(temp);
        Map<String, String> before = ImportFixture.snapshot(dir);
        String bad = new String(resource("projects-sample.geojson"), StandardCharsets.UTF_8)
                .replace("\"sector\": \"agriculture\"", "\"sector\": \"farming\"");
        assertThatThrownBy(() -> DatasetImport.apply(dir, Importers.read(ImportKind.GEOJSON, "p.geojson",
                bad.getBytes(StandardCharsets.UTF_8), projects()), false))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("p.geojson feature 1, sector: unknown sector 'farming'")
                .hasMessageContaining("(as projects.geojson feature 2 of the dataset)");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);

        ImportResult skipped = DatasetImport.apply(dir, Importers.read(ImportKind.GEOJSON, "p.geojson",
                bad.getBytes(StandardCharsets.UTF_8), projects().withSkipBadRows(true)), true);
        assertThat(skipped.imported()).extracting(NewRecord::id).containsExactly("gj-sahiwal");
        assertThat(skipped.rejected()).singleElement().extracting(RejectedRow::location).isEqualTo("feature 1");
    }

    @Test
    void anUnknownSourceOrLayerIsRefused() {
        Path dir = ImportFixture.baseDataset(temp);
        String unknownSource = new String(resource("projects-sample.geojson"), StandardCharsets.UTF_8)
                .replace("base-src", "nowhere");
        assertThatThrownBy(() -> DatasetImport.apply(dir, Importers.read(ImportKind.GEOJSON, "p.geojson",
                unknownSource.getBytes(StandardCharsets.UTF_8), projects()), false))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown source 'nowhere'");
        assertThatThrownBy(() -> Importers.read(ImportKind.GEOJSON, "p.geojson", resource("projects-sample.geojson"),
                ImportOptions.strict(DAY).withLayer("roads"))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown layer 'roads'");
        assertThatThrownBy(() -> Importers.read(ImportKind.GEOJSON, "p.geojson", "{\"type\":".getBytes(),
                projects())).isInstanceOf(InputException.class).hasMessageContaining("invalid JSON");
    }
}
