package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.data.BuiltInDataset;
import corridor.evidence.proximity.NearLayer;
import corridor.evidence.proximity.Proximity;
import corridor.model.network.LinkStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mineralsNearTheCorridorHavePortAndRailhead() throws Exception {
        CliRun run = CliRun.of("near", "--layer", "minerals", "--within", "50km", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = JSON.readTree(run.out()).get("items");
        assertThat(items).isNotEmpty();
        for (JsonNode item : items) {
            assertThat(item.get("distance_km").asDouble()).isBetween(0.0, 50.0);
            assertThat(item.get("nearest_port").get("distance_km").asDouble()).isPositive();
            assertThat(item.get("nearest_railhead").get("id").asText()).isNotEmpty();
        }
        // widening the distance never loses an item
        JsonNode wider = JSON.readTree(CliRun.of("near", "--layer", "minerals", "--within", "500", "--format", "json")
                .out()).get("items");
        assertThat(wider.size()).isGreaterThanOrEqualTo(items.size());
    }

    @Test
    void incidentsNearOneLink() throws Exception {
        String link = BuiltInDataset.load().links().stream().filter(l -> l.status() != LinkStatus.SUPERSEDED)
                .findFirst().orElseThrow().id();
        CliRun run = CliRun.of("near", "--layer", "incidents", "--within", "1000 km", "--of", link, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("measured_from").asText()).isEqualTo("the links given");
        JsonNode items = answer.get("items");
        assertThat(items.size()).isEqualTo(new Proximity(BuiltInDataset.load()).near(NearLayer.INCIDENTS, 1000,
                List.of(link)).size()).isPositive();
        items.forEach(i -> assertThat(i.get("nearest_link").asText()).isEqualTo(link));
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
        assertThat(distance.err()).contains("--within: not a distance: 'far'");
        // the API's bound, with the API's words
        CliRun far = CliRun.of("near", "--layer", "minerals", "--within", "20000 km");
        assertThat(far.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(far.err()).contains("--within: must be between 0 and 1000 km; got 20000 km");
        CliRun layer = CliRun.of("near", "--layer", "volcanoes", "--within", "50");
        assertThat(layer.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(layer.err()).contains("--layer: unknown layer 'volcanoes'; expected one of minerals, incidents, projects");
        CliRun link = CliRun.of("near", "--layer", "minerals", "--within", "50km", "--of", "no-such-link");
        assertThat(link.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(link.err()).contains("unknown link 'no-such-link'");
    }
}
