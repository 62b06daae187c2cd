package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims about the use of the corridor's assets (issue #15): a zone's operating units, Gwadar's ship
 * calls, Karachi port's cargo, Khunjerab's cargo and a power plant's output are read as the measures the
 * built-in dataset holds and judged against its values.
 */
class AssetUseClaimsTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    private static ClaimCheck only(String sentence, String publisher) {
        List<ClaimCheck> checks = CHECKER.check(sentence, publisher);
        assertThat(checks).as(sentence).hasSize(1);
        return checks.get(0);
    }

    @Test
    void aZonesOperatingUnitsAreReadForThatZone() {
        ClaimCheck check = only("In August 2021, 20 industrial units in Allama Iqbal Industrial City had started "
                + "production.", "Business Recorder");
        assertThat(check.claim().measures()).containsExactly("sez.units.operating");
        assertThat(check.claim().subjects()).containsExactly("allama-iqbal-industrial-city-project");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("The News");

        ClaimCheck wrong = only("In August 2021, 45 industrial units in Allama Iqbal Industrial City had started "
                + "production.", "Business Recorder");
        assertThat(wrong.verdict()).as(wrong.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void gwadarsShipCallsAreCounted() {
        ClaimCheck check = only("Around eight vessels carrying wheat anchored at Gwadar port from March to April 2023.",
                "Dawn");
        assertThat(check.claim().measures()).containsExactly("port.ship_calls");
        assertThat(check.claim().subjects()).containsExactly("gwadar-port");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);

        ClaimCheck wrong = only("Some 30 vessels anchored at Gwadar port from March to April 2023.", "Dawn");
        assertThat(wrong.verdict()).as(wrong.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void karachiPortsCargoIsReadForThePortAndFiscalYear() {
        ClaimCheck check = only("Karachi Port handled 41.85 million tonnes of cargo in FY2023.", "Dawn");
        assertThat(check.claim().measures()).containsExactly("port.cargo");
        assertThat(check.claim().subjects()).containsExactly("karachi-port");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("Business Recorder");

        ClaimCheck wrong = only("Karachi Port handled 60 million tonnes of cargo in FY2023.", "Dawn");
        assertThat(wrong.verdict()).as(wrong.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void khunjerabsWinterCargoIsFound() {
        ClaimCheck check = only("Khunjerab handled 12,432 tonnes of cargo from January to March 2025.", "APP");
        assertThat(check.claim().measures()).containsExactly("border.khunjerab.cargo");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("Pakistan Today");
    }

    @Test
    void aPowerPlantsOutputIsReadInKilowattHours() {
        ClaimCheck check = only("The Port Qasim power plant generated 8.89 billion kWh of electricity in 2020.", "Dawn");
        assertThat(check.claim().unit()).isEqualTo("kWh");
        assertThat(check.claim().measures()).containsExactly("power.generation");
        assertThat(check.claim().subjects()).containsExactly("port-qasim-coal-project");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.compared()).hasSize(2);

        ClaimCheck wrong = only("The Port Qasim power plant generated 12 billion kWh of electricity in 2020.", "Dawn");
        assertThat(wrong.verdict()).as(wrong.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
