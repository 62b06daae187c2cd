package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code corridor matrix} and {@code corridor isochrone} on the built-in dataset: answers and refusals. */
class MatrixCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMatrixTableGivesHoursKmAndCostOfEachPairAndEqualsTheRoute() throws IOException {
        CliRun table = CliRun.of("matrix", "--from", "gwadar,Sost", "--to", "kashgar", "--to", "karachi",
                "--date", "2025-07-02");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("hours").contains("distance, km").contains("cost, US$").contains("Gwadar")
                .contains("Kashgar").contains("4 cells");

        CliRun json = CliRun.of("matrix", "--from", "gwadar,sost", "--to", "kashgar,karachi", "--date", "2025-07-02",
                "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode answer = JSON.readTree(json.out());
        CliRun route = CliRun.of("route", "--from", "sost", "--to", "karachi", "--modes", "road", "--date", "2025-07-02",
                "--format", "json");
        JsonNode totals = JSON.readTree(route.out()).get("route").get("totals");
        assertThat(answer.get("hours").get(1).get(1).asDouble())
                .isCloseTo(totals.get("hours").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(answer.get("distance_km").get(1).get(1).asDouble())
                .isCloseTo(totals.get("distance_km").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(answer.get("cost_usd").get(1).get(1).asDouble())
                .isCloseTo(totals.get("cost_usd").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(answer.get("modes").get(0).asText()).isEqualTo("road");

        CliRun csv = CliRun.of("matrix", "--from", "gwadar", "--to", "kashgar,karachi", "--format", "csv",
                "--date", "2025-07-02");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(3).first().asString().startsWith("from_id,from_name,to_id");
    }

    @Test
    void aClosedPassShowsAsUnreachableAndTheRouterSaysWhy() throws IOException {
        CliRun json = CliRun.of("matrix", "--from", "gwadar", "--to", "kashgar", "--date", "2022-01-14",
                "--format", "json");
        assertThat(json.exitCode()).as("no cell has a route").isEqualTo(1);
        JsonNode answer = JSON.readTree(json.out());
        assertThat(answer.get("hours").get(0).get(0).isNull()).isTrue();
        assertThat(answer.get("methods").get(0).get(0).asText()).isEqualTo("router");
        assertThat(answer.get("notes").get(0).get("note").asText()).contains("calendar").contains("Khunjerab");
    }

    @Test
    void badMatricesAreRefusedInOneLine() {
        String many = String.join(",", Collections.nCopies(101, "gwadar"));
        String[][] cases = {
                {"--from", "atlantis", "--to", "kashgar"},
                {"--from", ",", "--to", "kashgar"},
                {"--from", many, "--to", many},
                {"--from", "gwadar", "--to", "kashgar", "--format", "xml"},
                {"--from", "gwadar", "--to", "kashgar", "--objective", "pareto"},
        };
        String[] expected = {"--from", "--from: required", "at most 10000", "--format", "--objective"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 1];
            args[0] = "matrix";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).startsWith("corridor: ").contains(expected[i])
                    .doesNotContain("Exception").hasLineCount(1);
        }
    }

    @Test
    void theIsochroneIsGeoJsonWithOneFeaturePerBandLargestFirst() throws IOException {
        CliRun run = CliRun.of("isochrone", "--from", "gwadar", "--hours", "4,12", "--date", "2025-07-02");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(answer.get("features")).hasSize(2);
        assertThat(answer.get("features").get(0).get("properties").get("hours").asDouble()).isEqualTo(12.0);
        assertThat(answer.get("features").get(0).get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(answer.get("features").get(0).get("geometry").get("coordinates")).isNotEmpty();
        assertThat(answer.get("features").get(1).get("properties").get("places_reached").get(0).get("id").asText())
                .isEqualTo("gwadar");

        for (String[] bad : new String[][] {{"--hours", "soon"}, {"--hours", "0"}, {"--hours", "4", "--risk-ceiling", "3"},
                {"--hours", "1,2,3,4,5,6,7,8,9"}}) {
            String[] args = new String[bad.length + 3];
            args[0] = "isochrone";
            args[1] = "--from";
            args[2] = "gwadar";
            System.arraycopy(bad, 0, args, 3, bad.length);
            CliRun refused = CliRun.of(args);
            assertThat(refused.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(refused.err().strip()).as(String.join(" ", args)).startsWith("corridor: --").hasLineCount(1);
        }
    }
}
