package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.fixtures.TestTables;
import corridor.model.Dataset;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quantitative claims of the two founding articles (shared/founding-articles), checked against
 * the built-in dataset. The table, {@code founding-claims.csv}, gives each claim, who published it,
 * the expected verdict, words the explanation must contain, and why the data give that verdict.
 */
class FoundingClaimsTest {

    record Row(String article, String publisher, String text, int claim, String measure, Verdict expected,
               String explanationContains, String why) {
        @Override
        public String toString() {
            return article + " claim " + claim + " (" + measure + "): " + expected;
        }
    }

    private static final Dataset CPEC = BuiltInDataset.load();

    static List<Row> table() throws IOException {
        return TestTables.read("/founding-claims.csv", FoundingClaimsTest::row);
    }

    private static Row row(CSVRecord r) {
        return new Row(r.get("article"), r.get("claim_publisher"), r.get("text"), Integer.parseInt(r.get("claim")),
                r.get("measure"), Verdict.valueOf(r.get("expected")), r.get("explanation_contains"), r.get("why"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachClaimGetsItsVerdictExplainedByTheData(Row row) {
        List<ClaimCheck> checks = new ClaimChecker(CPEC).check(row.text(), row.publisher());
        ClaimCheck check = checks.get(row.claim());
        assertThat(check.claim().measures()).contains(row.measure());
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(row.expected());
        assertThat(check.explanation()).contains(row.explanationContains());
        assertThat(row.why()).isNotBlank();
    }

    @Test
    void theTableCoversBothArticles() throws IOException {
        assertThat(table()).extracting(Row::article).contains("cpec-next-stage-china-daily.txt",
                "xi-zardari-beijing-rare-earths.txt");
    }

    @Test
    void theDirectJobsExplanationShowsWhereTheFigureComesFrom() {
        ClaimCheck jobs = new ClaimChecker(CPEC).check("CPEC created 236,000 direct jobs", "China Daily").get(0);
        assertThat(jobs.otherMeasures()).extracting(EvidenceValue::measure).contains("jobs.total");
        assertThat(jobs.explanation()).contains("The figure matches other measures", "jobs.total");
    }

    @Test
    void theSameTradeFigureWithoutItsPublisherIsSupportedOnlyByChinaDaily() {
        ClaimCheck check = new ClaimChecker(CPEC).check("bilateral trade reached $23.1 billion in 2024", "").get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.compared()).allSatisfy(e -> assertThat(e.publishers()).isEqualTo("China Daily (state media)"));
    }
}
