package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.PlaceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MineralRoutesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMineralAreaGetsARouteToChinaByEachWayOut() throws Exception {
        Dataset dataset = BuiltInDataset.load();
        long seaports = dataset.places().stream().filter(p -> p.kind() == PlaceKind.SEAPORT && p.country().equals("PK")).count();
        CliRun run = CliRun.of("mineral-routes", "--date", "2025-07-01", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out()).get("routes");
        // one overland way (Khunjerab) and one by each Pakistani seaport, for every mineral area
        assertThat(rows.size()).isEqualTo(dataset.minerals().size() * (1 + (int) seaports));
        for (JsonNode row : rows) {
            assertThat(row.get("found").asBoolean()).as(row.toString()).isTrue();
            assertThat(row.get("first_mile_km").asDouble()).isNotNegative();
            String to = row.get("to").asText();
            assertThat(dataset.place(to).orElseThrow().country()).isEqualTo("CN");
            if (row.get("way_out").get("kind").asText().equals("overland")) {
                assertThat(row.get("way_out").get("id").asText()).isEqualTo("khunjerab");
                assertThat(to).isEqualTo("kashgar");
            } else {
                assertThat(dataset.place(to).orElseThrow().kind()).isEqualTo(PlaceKind.SEAPORT);
            }
            assertThat(row.get("cost_usd_per_tonne").asDouble()).isPositive();
        }
    }

    @Test
    void theTableNamesTheWaysOutAndTheFirstMile() {
        CliRun run = CliRun.of("mineral-routes", "--mineral", "saindak", "--date", "2025-07-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Saindak copper-gold mine", "road over Khunjerab", "sea via Gwadar Port",
                "sea via Port of Karachi", "Kashgar", "USD/t", "not routed and its cost is not counted");
    }

    @Test
    void aKhyberRareEarthLocalityLeavesOverKhunjerabFarCheaperByRoadThanSaindak() throws Exception {
        CliRun zagai = CliRun.of("mineral-routes", "--mineral", "zagai-ghar-bastnaesite", "--date", "2025-07-01",
                "--format", "json");
        CliRun saindak = CliRun.of("mineral-routes", "--mineral", "saindak", "--date", "2025-07-01", "--format", "json");
        assertThat(zagai.exitCode()).as(zagai.err()).isZero();
        JsonNode rows = JSON.readTree(zagai.out()).get("routes");
        JsonNode overland = overland(rows);
        assertThat(overland.get("found").asBoolean()).isTrue();
        // placed at Warsak, a few tens of kilometres from Peshawar: a short first mile onto the network
        assertThat(overland.get("first_mile_km").asDouble()).isLessThan(40);
        // the road over Khunjerab from the Khyber hills costs less than from Chagai on the Iranian border
        assertThat(overland.get("cost_usd_per_tonne").asDouble())
                .isLessThan(overland(JSON.readTree(saindak.out()).get("routes")).get("cost_usd_per_tonne").asDouble());
    }

    private static JsonNode overland(JsonNode rows) {
        for (JsonNode row : rows) {
            if (row.get("way_out").get("kind").asText().equals("overland")) {
                return row;
            }
        }
        throw new AssertionError("no overland row in " + rows);
    }

    @Test
    void theRoutesDrawOnAMap() throws Exception {
        CliRun run = CliRun.of("mineral-routes", "--mineral", "reko-diq", "--date", "2025-07-01", "--format", "geojson");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode collection = JSON.readTree(run.out());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).anySatisfy(f -> assertThat(f.get("properties").path("mode").asText("")).isEqualTo("sea"));
    }

    @Test
    void anUnknownMineralIsBadInputListingTheIds() {
        CliRun run = CliRun.of("mineral-routes", "--mineral", "atlantis");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--mineral", "atlantis", "saindak");
    }
}
