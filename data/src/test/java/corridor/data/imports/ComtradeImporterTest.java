package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.InputException;
import corridor.model.record.PeriodType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static corridor.data.imports.ImportFixture.DAY;
import static corridor.data.imports.ImportFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComtradeImporterTest {

    @TempDir
    Path temp;

    @Test
    void sampleBecomesIndicatorValuesWithProvenance() {
        Path dir = ImportFixture.baseDataset(temp);
        List<Long> progress = new ArrayList<>();
        ImportOptions options = new ImportOptions(false, null, null, DAY, progress::add);
        ImportBatch batch = Importers.read(ImportKind.COMTRADE, "comtrade-sample.csv", resource("comtrade-sample.csv"), options);
        assertThat(batch.rowsRead()).isEqualTo(5);
        assertThat(progress).last().isEqualTo(5L);

        ImportResult result = DatasetImport.apply(dir, batch, false);
        assertThat(result.imported()).hasSize(5);
        assertThat(result.createdDataset()).isFalse();
        Dataset dataset = DatasetReader.read(dir).orThrow();
        assertThat(dataset.indicators()).hasSize(6);
        IndicatorValue exports2021 = dataset.indicators().stream()
                .filter(v -> v.id().equals("comtrade-cn-x-pk-total-2021")).findFirst().orElseThrow();
        assertThat(exports2021.measure()).isEqualTo("trade.exports.cn_to_pk");
        assertThat(exports2021.reporter()).isEqualTo("CN-COMTRADE");
        assertThat(exports2021.value()).isEqualTo(24.23e9);
        assertThat(exports2021.period().type()).isEqualTo(PeriodType.CALENDAR_YEAR);
        assertThat(exports2021.provenance().sourceIds()).containsExactly(result.sourceId());
        assertThat(exports2021.provenance().note()).contains("comtrade-sample.csv line 4", "China (156) Export Pakistan (586)");
        IndicatorValue imports = dataset.indicators().stream()
                .filter(v -> v.id().equals("comtrade-cn-m-pk-total-2020")).findFirst().orElseThrow();
        assertThat(imports.measure()).isEqualTo("trade.imports.cn_from_pk");
        IndicatorValue monthly = dataset.indicators().stream()
                .filter(v -> v.id().equals("comtrade-pk-x-cn-26-2021-03")).findFirst().orElseThrow();
        assertThat(monthly.measure()).isEqualTo("trade.exports.pk_to_cn.hs26");
        assertThat(monthly.period().label()).isEqualTo("2021-03/2021-03");
        var source = dataset.source(result.sourceId()).orElseThrow();
        assertThat(source.publisher()).contains("UN Comtrade");
        assertThat(source.citation()).contains("comtrade-sample.csv", "imported 2026-11-26");
        assertThat(source.resolves()).isTrue();
        assertThat(ImportFixture.leftovers(temp)).isEmpty();
    }

    @Test
    void aBadRowStopsTheImportAndNothingIsWritten() {
        Path dir = ImportFixture.baseDataset(temp);
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertThatThrownBy(() -> Importers.read(ImportKind.COMTRADE, "comtrade-bad-rows.csv",
                resource("comtrade-bad-rows.csv"), ImportOptions.strict(DAY)))
                .isInstanceOf(InputException.class)
                .hasMessage("comtrade-bad-rows.csv line 4, flowCode: flow 'RX' (Re-export) is not imported; "
                        + "only exports (X) and imports (M) are");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void skippingBadRowsImportsTheGoodOnesAndListsTheRest() throws Exception {
        Path dir = ImportFixture.baseDataset(temp);
        ImportBatch batch = Importers.read(ImportKind.COMTRADE, "comtrade-bad-rows.csv",
                resource("comtrade-bad-rows.csv"), ImportOptions.strict(DAY).withSkipBadRows(true));
        ImportResult result = DatasetImport.apply(dir, batch, true);
        assertThat(result.imported()).hasSize(3);
        assertThat(result.rejected()).extracting(RejectedRow::location, RejectedRow::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 4", "flowCode"),
                        org.assertj.core.groups.Tuple.tuple("line 5", "primaryValue"));
        assertThat(result.rejected().get(1).reason()).isEqualTo("not a number: 'n/a'");
        Path rejects = temp.resolve("rejects.csv");
        RejectsFile.write(rejects, result.rejected());
        assertThat(Files.readAllLines(rejects)).hasSize(3).first().isEqualTo("file,location,column,reason,row");
        assertThat(DatasetReader.read(dir).orThrow().indicators()).hasSize(4);
    }

    @Test
    void theSameFileIsNotImportedTwice() {
        Path dir = ImportFixture.baseDataset(temp);
        byte[] bytes = resource("comtrade-sample.csv");
        DatasetImport.apply(dir, Importers.read(ImportKind.COMTRADE, "a.csv", bytes, ImportOptions.strict(DAY)), false);
        Map<String, String> before = ImportFixture.snapshot(dir);
        assertThatThrownBy(() -> DatasetImport.apply(dir,
                Importers.read(ImportKind.COMTRADE, "a.csv", bytes, ImportOptions.strict(DAY)), false))
                .isInstanceOf(InputException.class).hasMessageContaining("already imported");
        assertThat(ImportFixture.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void headerWithoutTheFormatsColumnsOrTheLegacyFormatIsRefused() {
        assertThatThrownBy(() -> Importers.read(ImportKind.COMTRADE, "x.csv", "a,b\n1,2\n".getBytes(),
                ImportOptions.strict(DAY))).isInstanceOf(InputException.class)
                .hasMessageContaining("x.csv line 1, freqCode: missing columns");
        assertThatThrownBy(() -> Importers.read(ImportKind.COMTRADE, "old.csv",
                "Classification,Year,Period,Period Desc.\nH5,2020,2020,2020\n".getBytes(), ImportOptions.strict(DAY)))
                .isInstanceOf(InputException.class).hasMessageContaining("legacy Comtrade CSV");
    }
}
