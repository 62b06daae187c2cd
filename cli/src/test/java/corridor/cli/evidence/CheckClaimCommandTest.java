package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
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
    void aDistanceBetweenPlacesIsCheckedAgainstTheRouteWithItsToleranceAndPath() throws Exception {
        CliRun json = CliRun.of("check-claim", "--format", "json", "The Khunjerab–Islamabad road is 870 km long");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode distance = new ObjectMapper().readTree(json.out()).get("claims").get(0).get("distance");
        assertThat(distance.get("checked_by").asText()).isEqualTo("network_route");
        double routeKm = distance.get("route").get("distance_km").asDouble();
        double share = Math.abs(870 - routeKm) / routeKm;
        String verdict = share <= 0.10 ? "SUPPORTED" : share > 0.25 ? "CONTRADICTED" : "UNVERIFIABLE";
        CliRun table = CliRun.of("check-claim", "The Khunjerab–Islamabad road is 870 km long");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith(verdict + ": \"870 km\"").contains("The network's road route is",
                "Khunjerab Pass border crossing → Sost Dry Port", "→ Thakot → Havelian", "within 10%", "beyond 25%",
                "default vehicle (truck (no vehicle profile in the dataset), heavy transport)");
    }

    @Test
    void anIndependentlyBackedFigureIsSupportedWithItsSources() throws Exception {
        CliRun run = CliRun.of("check-claim", "--format", "json", "bilateral trade was $27.8 billion in 2021");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode check = new ObjectMapper().readTree(run.out()).get("claims").get(0);
        assertThat(check.get("verdict").asText()).isEqualTo("supported");
        assertThat(check.get("tolerance").asDouble()).isEqualTo(0.05e9);
        JsonNode value = check.get("compared").get(0);
        assertThat(value.get("value").asDouble()).isEqualTo(27.82e9);
        assertThat(value.get("sources").get(0).get("publisher_type").asText()).isNotEmpty();
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
        JsonNode check = new ObjectMapper().readTree(zone.out()).get("claims").get(0);
        assertThat(check.get("verdict").asText()).isEqualTo("supported");
        assertThat(check.get("compared").get(0).get("value").asDouble()).isEqualTo(20);

        CliRun output = CliRun.of("check-claim", "The Karot hydropower plant generated 5 billion kWh in FY2023");
        assertThat(output.exitCode()).as(output.err()).isZero();
        assertThat(output.out()).contains("CONTRADICTED", "3,640,000,000 kWh");
    }

    /** Runs check-claim on {@code text}: never a stack trace, whatever the numbers (issue 21). */
    private static CliRun noStackTrace(String text) {
        CliRun run = CliRun.of("check-claim", text);
        assertThat(run.exitCode()).as(text + ": " + run.err()).isIn(0, Main.EXIT_BAD_INPUT);
        assertThat(run.err() + run.out()).as(text).doesNotContain("Exception", "\tat ", "Infinity", "NaN");
        return run;
    }

    @Test
    void aDottedVersionIsNoClaim() {
        assertThat(noStackTrace("version 2.0.1").err()).contains("no quantitative claim found in 'version 2.0.1'");
    }

    @Test
    void anIpAddressIsNoClaim() {
        assertThat(noStackTrace("ip 10.0.0.1").exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(noStackTrace("the server at 127.0.0.1 answered").exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void europeanThousandsSeparatorsAreRead() {
        CliRun run = noStackTrace("236.000.000 jobs");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"236.000.000\"", "236,000,000");
    }

    @Test
    void aDottedDateIsNoFigureAndTheAmountAfterItIsChecked() {
        CliRun run = noStackTrace("On 25.08.2025 trade reached US$23.1 billion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"US$23.1 billion\"").doesNotContain("\"25.08");
    }

    @Test
    void anAmountOfFourHundredNinesIsNoFigure() {
        CliRun run = noStackTrace("trade reached $" + "9".repeat(400) + " billion");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no quantitative claim found").contains("…");
    }

    @Test
    void moreFiguresThanTheBoundAreRefusedNamingIt() {
        CliRun run = noStackTrace("1 km ".repeat(251));
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("TEXT", "more than 250 figures", "limit figures = 250");
    }

    @Test
    void textWithoutAClaimIsAnInputError() {
        CliRun run = CliRun.of("check-claim", "CPEC is a flagship project");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("TEXT: no quantitative claim found");
    }
}
