package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.claim.Claim;
import corridor.evidence.fixtures.TestTables;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims written in the ways newspapers write them, from real reporting on CPEC (the fact base's
 * sources), each with its publisher, date, the figure to find, the measure it must be read as, the
 * verdict the built-in dataset gives and why (the data points it rests on):
 * {@code newspaper-claims.csv}.
 */
class NewspaperClaimsTest {

    record Row(String sentence, String publisher, LocalDate published, String figure, String measure,
               Verdict expected, String why) {
        @Override
        public String toString() {
            return "\"" + figure + "\" (" + expected + ") in: " + sentence;
        }
    }

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    static List<Row> table() throws IOException {
        return TestTables.read("/newspaper-claims.csv", NewspaperClaimsTest::row);
    }

    private static Row row(CSVRecord r) {
        String date = r.get("published");
        return new Row(r.get("sentence"), r.get("publisher"), date.isBlank() ? null : LocalDate.parse(date),
                r.get("figure"), r.get("measure"), Verdict.valueOf(r.get("expected")), r.get("why"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachFigureIsReadAndJudged(Row row) {
        List<Claim> claims = CHECKER.reader().read(row.sentence(), row.published());
        assertThat(claims).extracting(Claim::figureText).as("figures read").contains(row.figure());
        Claim claim = claims.stream().filter(c -> c.figureText().equals(row.figure())).findFirst().orElseThrow();
        assertThat(String.join(" ", claim.measures())).as("measure").isEqualTo(row.measure());
        ClaimCheck check = CHECKER.check(claim, row.publisher());
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(row.expected());
        assertThat(row.why()).isNotBlank();
    }

    @Test
    void theTableHasEnoughClaimsOfEveryVerdict() throws IOException {
        List<Row> rows = table();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        for (Verdict v : Verdict.values()) {
            assertThat(rows).filteredOn(r -> r.expected() == v).as(v.name()).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theIssuesExamplesAreReadAndJudged() {
        // the phrasings issue #12 names: each read, with the right period, and judged
        // GACC's US$15.36bn matches; the Pakistan-China Joint Chamber's US$12.4bn for 2020 differs
        assertThat(verdict("China's exports to Pakistan stood at 15.36 billion US dollars in 2020"))
                .containsExactly(Verdict.DISPUTED);
        assertThat(verdict("Trade between the two countries jumped 59 percent in 2021 to nearly 28 billion dollars"))
                .containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(verdict("The first half of 2021 saw trade of 12.56 bn dollars")).containsExactly(Verdict.SUPPORTED);
        assertThat(verdict("The Tashkurgan–Khunjerab road is 146 km long")).containsExactly(Verdict.DISPUTED);
        List<ClaimCheck> ree = CHECKER.check("Rare-earth exploration covers eight areas of Khyber Pakhtunkhwa",
                "Rare Earth Exchanges");
        assertThat(ree).extracting(ClaimCheck::verdict).containsExactly(Verdict.DISPUTED);
        assertThat(ree.get(0).explanation()).contains("Sources in the data disagree", "INP-WealthPK", "7",
                "Rare Earth Exchanges (independent media)");
    }

    private static List<Verdict> verdict(String sentence) {
        return CHECKER.check(sentence, "").stream().map(ClaimCheck::verdict).toList();
    }
}
