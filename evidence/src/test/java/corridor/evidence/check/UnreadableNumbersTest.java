package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.claim.Claim;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Numbers the grammar cannot read as one figure — versions, addresses, dates, separators of other
 * languages, numbers too long for a double — are no figure, never an exception (issue 21: each of
 * these sentences once ended in a NumberFormatException or an infinite value).
 */
class UnreadableNumbersTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());
    private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 25);

    private static List<Claim> read(String sentence) {
        List<Claim> claims = CHECKER.reader().read(sentence, AUG_2025);
        for (Claim c : claims) {
            assertThat(Double.isFinite(c.value()) && Double.isFinite(c.tolerance())).as(sentence).isTrue();
            assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.figureText());
        }
        return claims;
    }

    private static void noClaim(String sentence) {
        assertThat(read(sentence)).as(sentence).isEmpty();
        assertThatThrownBy(() -> CHECKER.check(sentence, "")).isInstanceOf(InputException.class)
                .hasMessageContaining("no quantitative claim found");
    }

    @Test
    void aDottedVersionIsNoFigure() {
        noClaim("version 2.0.1");
        noClaim("CPEC 2.0.1 brought 3.1.4 upgrades");
    }

    @Test
    void anIpAddressIsNoFigure() {
        noClaim("ip 10.0.0.1");
        noClaim("the server at 127.0.0.1 answered");
    }

    @Test
    void aDottedDateIsNoFigureAndTheFigureAfterItIsRead() {
        Claim trade = read("On 25.08.2025 trade reached US$23.1 billion").get(0);
        assertThat(read("On 25.08.2025 trade reached US$23.1 billion")).hasSize(1);
        assertThat(trade.figureText()).isEqualTo("US$23.1 billion");
        assertThat(trade.value()).isCloseTo(23.1e9, within(1.0));
    }

    @Test
    void numericDatesInOtherFormsAreNoFigures() {
        for (String date : List.of("2025-08-25", "08/25/2025", "25/08/2025", "2025/08/25", "25.8.2025")) {
            List<Claim> claims = read("On " + date + " the corridor had 12 projects");
            assertThat(claims).as(date).extracting(Claim::figureText).containsExactly("12");
        }
    }

    @Test
    void europeanThousandsSeparatorsAreReadAsTheNumberTheyGroup() {
        Claim jobs = read("CPEC created 236.000.000 jobs").get(0);
        assertThat(jobs.value()).isEqualTo(236_000_000);
        assertThat(jobs.tolerance()).isEqualTo(0.5);
        assertThat(jobs.measures()).isNotEmpty().allMatch(m -> m.startsWith("jobs."));
        // one dot stays the English decimal point
        assertThat(read("trade reached US$23.100 billion").get(0).value()).isCloseTo(23.1e9, within(1.0));
    }

    @Test
    void aNumberTooLongForADoubleIsNoFigure() {
        noClaim("the road is " + "9".repeat(400) + " km long");
        noClaim("trade reached $" + "9".repeat(16) + " billion");
        noClaim("trade reached $0." + "0".repeat(400) + "1 billion");
        // fifteen digits still read
        assertThat(read("trade reached $" + "9".repeat(15)).get(0).value()).isEqualTo(999_999_999_999_999.0);
    }

    @Test
    void digitsOfOtherScriptsAreNoFigures() {
        noClaim("trade reached $\u0662\u0663 billion");
        noClaim("the road is \uff11\uff12 km long");
    }

    @Test
    void theLargestFiguresStayFiniteThroughTheCheck() {
        for (String sentence : List.of("trade reached $999,999,999,999,999 trillion in 2024",
                "trade reached " + "nine hundred and ninety-nine ".repeat(3) + "billion dollars",
                "trade rose 999999999999999% in 2024")) {
            for (ClaimCheck check : CHECKER.check(sentence, "")) {
                assertThat(check.explanation()).as(sentence).doesNotContain("Infinity", "NaN", "not a finite number");
                check.compared().forEach(e -> assertThat(Double.isFinite(e.value())).isTrue());
            }
        }
    }

    @Test
    void figuresPlainNeverFails() {
        assertThat(Figures.plain(Double.POSITIVE_INFINITY, 2)).isEqualTo("not a finite number");
        assertThat(Figures.plain(Double.NaN, 2)).isEqualTo("not a finite number");
        assertThat(Figures.money(Double.NEGATIVE_INFINITY)).doesNotContain("Infinity");
        assertThat(Figures.plain(1e300, 3)).hasSize(301);
        assertThat(Figures.plain(1e-300, 3)).isEqualTo("0");
    }
}
