package corridor.cli.evidence;

import corridor.cli.testing.CliRun;
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
    void mirrorFiguresOfTheSameYearOrMonthAreSetSideBySide() {
        CliRun run = CliRun.of("indicators", "--measure", "trade.exports.pk_to_cn");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Pakistan's exports to China in calendar 2013: the Pakistan Business Council's rounded $2.6bn against
        // China's import statistics as the World Bank republishes them, $2,652 million
        assertThat(run.out()).contains("PBC 2013 US$2.6 billion vs World Bank 2013 US$2.652 billion: "
                + "+US$52 million (+2.0%); same period");
        // October 2023: China's customs against the State Bank, the same month from both sides
        assertThat(run.out()).contains("CN-GACC 2023-10 US$368 million vs PK-SBP 2023-10 US$318.842 million: "
                + "-US$49.158 million (-13.4%); same period");
        // a calendar year against a fiscal year is shown, and said to mix periods
        assertThat(run.out()).containsPattern("PBC 2015 US\\$1\\.9 billion vs PK-PBS FY2015 US\\$3\\.16 billion: .*"
                + "the difference mixes periods");
    }

    @Test
    void filtersBySubject() {
        CliRun run = CliRun.of("indicators", "--subject", "kkh-thakot-raikot-realignment");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("length — NHA", "241 km", "length — ProPakistani", "256 km");
        assertThat(run.out()).doesNotContain("trade.total");
    }
}
