package corridor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckClaimCommandTest {

    @Test
    void aSelfSourcedTradeFigureIsUnverifiableAndSaysWhy() {
        CliRun run = CliRun.of("check-claim", "--publisher", "China Daily",
                "bilateral trade reached US$23.1 billion in 2024, an increase of 11.1 percent from the previous year");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("UNVERIFIABLE: \"US$23.1 billion\"", "only source of this figure is the claim's "
                + "own publisher, China Daily", "China Daily (state media)", "tolerance ±US$50 million");
        assertThat(run.out().lines().filter(l -> l.startsWith("UNVERIFIABLE")).count()).isEqualTo(2);
    }

    @Test
    void anIndependentlyBackedFigureIsSupportedWithItsSources() throws Exception {
        CliRun run = CliRun.of("check-claim", "--format", "json", "bilateral trade was $27.8 billion in 2021");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode check = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(check.get("verdict").asText()).isEqualTo("supported");
        assertThat(check.get("tolerance").asDouble()).isEqualTo(0.05e9);
        JsonNode value = check.get("compared").get(0);
        assertThat(value.get("value").asDouble()).isEqualTo(27.82e9);
        assertThat(value.get("sources").get(0).get("publisherType").asText()).isNotEmpty();
    }

    @Test
    void aFiscalYearDoesNotBackACalendarYear() {
        CliRun run = CliRun.of("check-claim", "Pakistan's exports to China were $2.7 billion in 2024");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("UNVERIFIABLE", "Periods differ", "FY2024 (fiscal year Jul 2023–Jun 2024)");
    }

    @Test
    void aZonesUnitsAndAPlantsOutputAreCheckedAgainstTheUseOfTheAssets() throws Exception {
        CliRun zone = CliRun.of("check-claim", "--format", "json",
                "In August 2021, 20 industrial units in Allama Iqbal Industrial City had started production.");
        assertThat(zone.exitCode()).as(zone.err()).isZero();
        JsonNode check = new ObjectMapper().readTree(zone.out()).get(0);
        assertThat(check.get("verdict").asText()).isEqualTo("supported");
        assertThat(check.get("compared").get(0).get("value").asDouble()).isEqualTo(20);

        CliRun output = CliRun.of("check-claim", "The Karot hydropower plant generated 5 billion kWh in FY2023");
        assertThat(output.exitCode()).as(output.err()).isZero();
        assertThat(output.out()).contains("CONTRADICTED", "3,640,000,000 kWh");
    }

    @Test
    void textWithoutAClaimIsAnInputError() {
        CliRun run = CliRun.of("check-claim", "CPEC is a flagship project");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("claim: no quantitative claim found");
    }
}
