package corridor.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceIndicatorsCommandTest {

    @Test
    void tradeSeriesPerReporterWithDifferencesAcrossPeriodTypes() {
        CliRun run = CliRun.of("indicators", "--measure", "trade");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // China's customs and Pakistan's statistics are separate series of the same measure
        assertThat(run.out()).contains("cpec trade.total — CN-GACC", "cpec trade.total — PK-TDAP");
        assertThat(run.out()).contains("Differences between reporters over overlapping periods");
        assertThat(run.out()).containsPattern("CN-GACC 2021 .* vs PK-TDAP FY2022 .*periods differ");
        assertThat(run.out()).doesNotContain("— CN-GACC\n  FY");
    }

    @Test
    void filtersBySubject() {
        CliRun run = CliRun.of("indicators", "--subject", "kkh-thakot-raikot-realignment");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("length — NHA", "241 km", "length — ProPakistani", "256 km");
        assertThat(run.out()).doesNotContain("trade.total");
    }
}
