package corridor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.data.BuiltInDataset;
import corridor.model.LinkStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mineralsNearTheCorridorHavePortAndRailhead() throws Exception {
        CliRun run = CliRun.of("near", "--layer", "minerals", "--within", "50km", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = JSON.readTree(run.out());
        for (JsonNode item : items) {
            assertThat(item.get("distanceKm").asDouble()).isBetween(0.0, 50.0);
            assertThat(item.get("nearestPort").get("distanceKm").asDouble()).isPositive();
            assertThat(item.get("nearestRailhead").get("id").asText()).isNotEmpty();
        }
        // widening the distance never loses an item
        JsonNode wider = JSON.readTree(CliRun.of("near", "--layer", "minerals", "--within", "500", "--format", "json").out());
        assertThat(wider.size()).isGreaterThanOrEqualTo(items.size());
    }

    @Test
    void incidentsNearOneLink() throws Exception {
        String link = BuiltInDataset.load().links().stream().filter(l -> l.status() != LinkStatus.SUPERSEDED)
                .findFirst().orElseThrow().id();
        CliRun run = CliRun.of("near", "--layer", "incidents", "--within", "20000 km", "--of", link, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = JSON.readTree(run.out());
        assertThat(items.size()).isEqualTo(BuiltInDataset.load().incidents().size());
        items.forEach(i -> assertThat(i.get("nearestLink").asText()).isEqualTo(link));
    }

    @Test
    void tableSaysWhatWasMeasuredAgainst() {
        CliRun run = CliRun.of("near", "--layer", "projects", "--within", "25km");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("within 25 km of the corridor (links not superseded)");
    }

    @Test
    void badArgumentsAreInputErrors() {
        CliRun distance = CliRun.of("near", "--layer", "minerals", "--within", "far");
        assertThat(distance.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(distance.err()).contains("--within: expected a distance in km");
        CliRun link = CliRun.of("near", "--layer", "minerals", "--within", "50km", "--of", "no-such-link");
        assertThat(link.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(link.err()).contains("unknown link 'no-such-link'");
    }
}
