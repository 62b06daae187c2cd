package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.source.Confidence;
import corridor.model.Dataset;
import corridor.model.record.Incident;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static corridor.data.imports.ImportFixture.DAY;
import static corridor.data.imports.ImportFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class AcledImporterTest {

    @TempDir
    Path temp;

    @Test
    void sampleBecomesIncidentsIntoAFileThatDidNotExist() {
        Path dir = ImportFixture.baseDataset(temp);
        assertThat(Files.exists(dir.resolve("incidents.geojson"))).isFalse();
        ImportResult result = DatasetImport.apply(dir, Importers.read(ImportKind.ACLED, "acled-sample.csv",
                resource("acled-sample.csv"), ImportOptions.strict(DAY)), false);
        assertThat(result.imported()).hasSize(2);
        Dataset dataset = DatasetReader.read(dir).orThrow();
        Incident besham = dataset.incidents().get(0);
        assertThat(besham.id()).isEqualTo("acled-pak90001");
        assertThat(besham.date()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(besham.placeName()).isEqualTo("Besham, Shangla, Khyber Pakhtunkhwa");
        assertThat(besham.location().latitude()).isEqualTo(34.93);
        assertThat(besham.killed()).isEqualTo(6);
        assertThat(besham.injured()).isNull();
        assertThat(besham.target()).isEqualTo("Civilians (China)");
        assertThat(besham.claimedBy()).isEmpty();
        assertThat(besham.provenance().confidence()).isEqualTo(Confidence.APPROXIMATE);
        assertThat(besham.provenance().note()).contains("ACLED's sources: Dawn; Reuters", "geo_precision 2",
                "actor1 (attributed, not a claim): Unidentified Armed Group (Pakistan)");
        Incident airport = dataset.incidents().get(1);
        assertThat(airport.date()).isEqualTo(LocalDate.of(2024, 10, 6));
        assertThat(airport.target()).isEqualTo("civilians");
        assertThat(airport.provenance().confidence()).isEqualTo(Confidence.REPORTED);
    }

    @Test
    void eventsAfterTheDatasetsNewestSourceComeInThoseAfterTheImportDayAreRefused() {
        Path dir = ImportFixture.baseDataset(temp);
        // the base's newest source is dated 2024; the import's own source is dated the day of the import
        String sample = new String(resource("acled-sample.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("PAK90001,2024-03-26,2024", "PAK90001,2026-06-01,2026")
                .replace("PAK90002,6 October 2024,2024", "PAK90002,1 December 2026,2026");
        ImportResult result = DatasetImport.apply(dir, Importers.read(ImportKind.ACLED, "acled-later.csv",
                sample.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportOptions.strict(DAY).withSkipBadRows(true)),
                true);
        assertThat(result.imported()).extracting(NewRecord::id).containsExactly("acled-pak90001");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("date");
            assertThat(r.reason()).contains("2026-12-01 is later than the dataset's date, 2026-11-26");
        });
        assertThat(DatasetReader.read(dir).orThrow().incidents()).extracting(Incident::date)
                .containsExactly(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aBadRowStopsTheImport() {
        Path dir = ImportFixture.baseDataset(temp);
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertThatThrownBy(() -> Importers.read(ImportKind.ACLED, "acled-bad-rows.csv", resource("acled-bad-rows.csv"),
                ImportOptions.strict(DAY))).isInstanceOf(InputException.class)
                .hasMessage("acled-bad-rows.csv line 3, event_date: invalid date '2024-13-01'; expected 2024-03-26 "
                        + "or 26 March 2024");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void skippingBadRows() {
        Path dir = ImportFixture.baseDataset(temp);
        ImportResult result = DatasetImport.apply(dir, Importers.read(ImportKind.ACLED, "acled-bad-rows.csv",
                resource("acled-bad-rows.csv"), ImportOptions.strict(DAY).withSkipBadRows(true)), true);
        assertThat(result.imported()).extracting(NewRecord::id).containsExactly("acled-pak90001", "acled-pak90002");
        assertThat(result.rejected()).extracting(RejectedRow::location, RejectedRow::column)
                .containsExactly(tuple("line 3", "event_date"), tuple("line 4", "latitude"));
        assertThat(result.rejected().get(1).reason()).isEqualTo("125.12 is out of range -90 to 90");
    }
}
