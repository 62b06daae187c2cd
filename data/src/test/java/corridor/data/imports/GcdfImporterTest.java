package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static corridor.data.imports.ImportFixture.DAY;
import static corridor.data.imports.ImportFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class GcdfImporterTest {

    @TempDir
    Path temp;

    private ImportOptions options() {
        return ImportOptions.strict(DAY).withPhase("1");
    }

    @Test
    void sampleBecomesProjectsAndOnlyRecommendedRowsAreSummed() {
        Path dir = ImportFixture.baseDataset(temp);
        ImportBatch batch = Importers.read(ImportKind.GCDF, "gcdf-sample.csv", resource("gcdf-sample.csv"), options());
        ImportResult result = DatasetImport.apply(dir, batch, false);
        assertThat(result.imported()).extracting(NewRecord::id, NewRecord::location).containsExactly(
                tuple("aiddata-90001", "line 2"), tuple("aiddata-90002", "line 3"), tuple("aiddata-90003", "line 4"),
                tuple("aiddata-90004", "line 6"));
        // 1.74 bn + 2.89 bn; the umbrella's 2 bn is not recommended for aggregates
        assertThat(result.totals()).containsExactly(
                "total US$4,630,000,000 (constant 2021 dollars) over 2 rows recommended for aggregates",
                "1 rows not recommended for aggregates: imported without a cost (amount in the note)");

        Dataset dataset = DatasetReader.read(dir).orThrow();
        Project karot = dataset.project("aiddata-90001").orElseThrow();
        assertThat(karot.sector()).isEqualTo(Sector.ENERGY);
        assertThat(karot.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(karot.phase()).isEqualTo("1");
        assertThat(karot.cost().amount()).isEqualTo(1.74e9);
        assertThat(karot.cost().currency()).isEqualTo("USD");
        assertThat(karot.cost().year()).isEqualTo(2021);
        assertThat(karot.start()).isEqualTo("2016");
        assertThat(karot.location()).isNull();
        assertThat(karot.aiddataIds()).as("the record id, where the dataset keeps AidData ids").containsExactly("90001");
        assertThat(karot.provenance().note()).contains("AidData GCDF 3.0 record 90001", "gcdf-sample.csv line 2",
                "AidData's sources: Xinhua|Associated Press of Pakistan");
        Project umbrella = dataset.project("aiddata-90002").orElseThrow();
        assertThat(umbrella.cost()).isNull();
        assertThat(umbrella.provenance().note()).contains("Recommended For Aggregates: No",
                "amount US$2000000000 in constant 2021 dollars not summed");
        assertThat(dataset.project("aiddata-90004").orElseThrow().status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(dataset.project("aiddata-90004").orElseThrow().sector()).isEqualTo(Sector.INDUSTRY_SEZ);
        // the features were added after the one already there, which kept its place
        assertThat(dataset.projects().get(0).id()).isEqualTo("base-project");
    }

    @Test
    void aBadRowStopsTheImportNamingLineAndColumn() {
        Path dir = ImportFixture.baseDataset(temp);
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertThatThrownBy(() -> Importers.read(ImportKind.GCDF, "gcdf-bad-rows.csv", resource("gcdf-bad-rows.csv"),
                options())).isInstanceOf(InputException.class)
                .hasMessage("gcdf-bad-rows.csv line 3, Status: status 'Cancelled' has no Corridor status "
                        + "(a cancelled commitment is not a project)");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void skippingBadRowsKeepsLineNumbersAcrossMultiLineValues() {
        Path dir = ImportFixture.baseDataset(temp);
        ImportBatch batch = Importers.read(ImportKind.GCDF, "gcdf-bad-rows.csv", resource("gcdf-bad-rows.csv"),
                options().withSkipBadRows(true));
        ImportResult result = DatasetImport.apply(dir, batch, true);
        // the bank loan (sector 240) is well formed: it goes in as "other", not among the rejects
        assertThat(result.imported()).extracting(NewRecord::id).containsExactly("aiddata-90001", "aiddata-90006",
                "aiddata-90003");
        assertThat(result.rejected()).extracting(RejectedRow::location, RejectedRow::column).containsExactly(
                tuple("line 3", "Status"), tuple("line 7", "Recommended For Aggregates"));
    }

    @Test
    void everyCrsSectorCodeGoesInAndUnmappedOnesAreOtherNamedInTheNote() {
        Path dir = ImportFixture.baseDataset(temp);
        ImportBatch batch = Importers.read(ImportKind.GCDF, "gcdf-sectors.csv", resource("gcdf-sectors.csv"), options());
        assertThat(batch.rejected()).isEmpty();
        ImportResult result = DatasetImport.apply(dir, batch, false);
        assertThat(result.rejected()).isEmpty();
        Dataset dataset = DatasetReader.read(dir).orThrow();
        Project trade = dataset.project("aiddata-90011").orElseThrow();
        assertThat(trade.sector()).isEqualTo(Sector.OTHER);
        assertThat(trade.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(trade.cost().amount()).isEqualTo(2.5e7);
        assertThat(trade.provenance().note()).contains("sector 330 TRADE POLICIES AND REGULATIONS (no Corridor "
                + "sector of its own, filed as other)");
        Project environment = dataset.project("aiddata-90012").orElseThrow();
        assertThat(environment.sector()).isEqualTo(Sector.OTHER);
        assertThat(environment.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
        assertThat(environment.provenance().note()).contains("sector 410 GENERAL ENVIRONMENT PROTECTION (no "
                + "Corridor sector of its own, filed as other)");
        assertThat(dataset.project("aiddata-90013").orElseThrow().sector()).isEqualTo(Sector.OTHER);
        Project unknownCode = dataset.project("aiddata-90014").orElseThrow();
        assertThat(unknownCode.sector()).isEqualTo(Sector.OTHER);
        assertThat(unknownCode.provenance().note()).contains("sector 999 A NEW SECTOR (a code outside the OECD CRS "
                + "list, filed as other)");
        assertThat(dataset.project("aiddata-90015").orElseThrow().sector()).isEqualTo(Sector.ENERGY);
        assertThat(dataset.project("aiddata-90015").orElseThrow().provenance().note()).contains("sector 230 ENERGY")
                .doesNotContain("filed as");
    }

    @Test
    void anIdAlreadyInTheDatasetIsABadRow() throws Exception {
        Path dir = ImportFixture.baseDataset(temp);
        Path projects = dir.resolve("projects.geojson");
        Files.writeString(projects, Files.readString(projects).replace("base-project", "aiddata-90003"));
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertThatThrownBy(() -> DatasetImport.apply(dir, Importers.read(ImportKind.GCDF, "gcdf-sample.csv",
                resource("gcdf-sample.csv"), options()), false))
                .isInstanceOf(InputException.class)
                .hasMessage("gcdf-sample.csv line 4, id: id 'aiddata-90003' is already in the dataset");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
        ImportResult skipped = DatasetImport.apply(dir, Importers.read(ImportKind.GCDF, "gcdf-sample.csv",
                resource("gcdf-sample.csv"), options().withSkipBadRows(true)), true);
        assertThat(skipped.imported()).hasSize(3);
        assertThat(skipped.rejected()).singleElement().extracting(RejectedRow::location).isEqualTo("line 4");
    }

    @Test
    void rowsOfOtherRecipientsAreLeftOutAndCounted() throws Exception {
        String text = new String(resource("gcdf-sample.csv"), java.nio.charset.StandardCharsets.UTF_8);
        // make the second row another recipient's (the global file covers every country)
        String other = text.replaceFirst("(90002,No,,,China \\(People's Republic of\\),)Pakistan,PAK,", "$1El Salvador,SLV,");
        assertThat(other).isNotEqualTo(text);
        Path dir = ImportFixture.baseDataset(temp);
        ImportResult result = DatasetImport.apply(dir, Importers.read(ImportKind.GCDF, "g.csv",
                other.getBytes(java.nio.charset.StandardCharsets.UTF_8), options().withRecipient("PAK")), false);
        assertThat(result.imported()).extracting(NewRecord::id).doesNotContain("aiddata-90002").hasSize(3);
        assertThat(result.totals()).contains("1 rows for recipients other than PAK left out",
                "0 rows not recommended for aggregates: imported without a cost (amount in the note)");
    }

    @Test
    void thePhaseMustBeGiven() {
        assertThatThrownBy(() -> Importers.read(ImportKind.GCDF, "gcdf-sample.csv", resource("gcdf-sample.csv"),
                ImportOptions.strict(DAY))).isInstanceOf(InputException.class)
                .hasMessageContaining("--phase: AidData records no CPEC phase");
        assertThatThrownBy(() -> Importers.read(ImportKind.GCDF, "gcdf-sample.csv", resource("gcdf-sample.csv"),
                ImportOptions.strict(DAY).withPhase("3"))).isInstanceOf(InputException.class);
    }
}
