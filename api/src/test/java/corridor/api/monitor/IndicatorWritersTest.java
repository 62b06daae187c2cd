package corridor.api.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.Subject;
import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.trip.HubKind;
import corridor.monitor.trip.HubVisit;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.TripResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The JSON, CSV and GeoJSON of indicators: every figure under the table's name, on a hand-made month. */
class IndicatorWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAY = Instant.parse("2025-05-02T00:00:00Z").getEpochSecond();
    private static final Dataset DATASET = BuiltInDataset.load();

    /**
     * One trip from Tashkurgan to Sost in May 2025: the link Khunjerab–Sost, 120 km in 2 h (60 km/h), and
     * 5 h at the Khunjerab crossing with a US$40 payment there.
     */
    private static Aggregates month() {
        Aggregates a = new Aggregates();
        LinkTraversal pass = new LinkTraversal("kkh-khunjerab-sost", MAY + 6 * 3600, MAY + 8 * 3600, 7200, 0, 120, true);
        HubVisit crossing = new HubVisit("khunjerab", HubKind.BORDER_CROSSING, MAY, 5 * 3600);
        TripResult trip = new TripResult("v1", "tashkurgan", "sost", MAY, MAY + 8 * 3600, 7200, 120, List.of(pass),
                List.of(crossing));
        a.addTrip(trip, List.of(new CostRecord("v1", MAY + 3600, 40, "khunjerab")));
        a.countAccepted();
        a.countRejected(RejectReason.TELEPORT);
        return a;
    }

    @Test
    void aRowHasEveryFigureOfTheTableUnderItsNameInTableOrder() {
        Indicator link = Indicator.of(month(), Subject.LINK, null, null).get(0);
        ObjectNode row = IndicatorJson.put(JSON.createObjectNode(), link);
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>(List.of("subject", "id", "month"));
        Arrays.stream(IndicatorDefinition.values()).map(IndicatorDefinition::key).forEach(expected::add);
        assertThat(keys).containsExactlyElementsOf(expected);
        assertThat(row.get("count").isIntegralNumber()).isTrue();
        assertThat(row.get("swd_kmh").asDouble()).isCloseTo(60, within(1e-9));
        assertThat(row.get("mean_cost_usd").isNull()).isTrue();
        assertThat(row.get("previous_month").isNull()).isTrue();
        // CSV: the same columns, the same figures
        assertThat(IndicatorCsv.header()).isEqualTo(String.join(",", expected));
        String[] cells = IndicatorCsv.row(link).split(",", -1);
        assertThat(cells).hasSize(expected.size());
        assertThat(cells[expected.indexOf("swd_kmh")]).isEqualTo("60.0000");
        assertThat(cells[expected.indexOf("count")]).isEqualTo("1");
        assertThat(cells[expected.indexOf("mean_cost_usd")]).isEmpty();
    }

    @Test
    void theReportHasCountsMonthsNamedRowsAndTheDefinitions() {
        Aggregates a = month();
        JsonNode body = IndicatorReportJson.put(JSON.createObjectNode(), a, Indicator.of(a, null, null, null),
                new SubjectNames(DATASET));
        assertThat(body.get("accepted_pings").asLong()).isEqualTo(1);
        assertThat(body.get("rejected_pings").asLong()).isEqualTo(1);
        assertThat(body.get("rejected_by_reason").get("teleport").asLong()).isEqualTo(1);
        assertThat(body.get("trips").asLong()).isEqualTo(1);
        assertThat(body.get("months")).hasSize(1);
        assertThat(body.get("months").get(0).asText()).isEqualTo("2025-05");
        JsonNode crossing = find(body.get("indicators"), "border_crossing");
        assertThat(crossing.get("name").asText()).isEqualTo("Khunjerab Pass border crossing");
        assertThat(crossing.get("mean_cost_usd").asDouble()).isEqualTo(40.0);
        assertThat(find(body.get("indicators"), "section").get("name").asText()).contains(" → ");
        JsonNode definitions = body.get("definitions");
        assertThat(definitions).hasSize(IndicatorDefinition.values().length);
        JsonNode swd = definitions.get(IndicatorDefinition.SWD_KMH.ordinal());
        assertThat(swd.get("key").asText()).isEqualTo("swd_kmh");
        assertThat(swd.get("unit").asText()).isEqualTo("km/h");
        assertThat(swd.get("label").asText()).isEqualTo("speed with delay (SWD)");
        assertThat(swd.get("subjects")).extracting(JsonNode::asText).containsExactly("link", "section", "corridor_section");
        assertThat(swd.get("reference").asText()).startsWith("CPMM SWD");
        JsonNode empty = IndicatorReportJson.putEmpty(JSON.createObjectNode());
        assertThat(empty.get("indicators")).isEmpty();
        assertThat(empty.get("definitions")).hasSize(IndicatorDefinition.values().length);
    }

    @Test
    void theMapHasTheObservedLinksAndHubsWithTheirMapFigures() throws Exception {
        JsonNode map = JSON.readTree(IndicatorGeoJson.of(DATASET, month(), null));
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.get("features")).hasSize(2);
        JsonNode link = map.get("features").get(0);
        assertThat(link.at("/geometry/type").asText()).isEqualTo("LineString");
        assertThat(link.at("/properties/id").asText()).isEqualTo("kkh-khunjerab-sost");
        assertThat(link.at("/properties/month").asText()).isEqualTo("all");
        assertThat(link.at("/properties/swd_kmh").asDouble()).isCloseTo(60, within(1e-9));
        assertThat(link.get("geometry").get("coordinates").size()).isGreaterThan(1);
        JsonNode hub = map.get("features").get(1);
        assertThat(hub.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(hub.at("/properties/subject").asText()).isEqualTo("border_crossing");
        assertThat(hub.at("/properties/mean_hours").asDouble()).isEqualTo(5.0);
        // the properties are the map's figures that apply to the subject: no speeds at a hub
        List<String> hubKeys = new ArrayList<>();
        hub.get("properties").fieldNames().forEachRemaining(hubKeys::add);
        assertThat(hubKeys).containsExactly("id", "name", "subject", "month", "count", "mean_hours", "mean_cost_usd");
        List<String> linkKeys = new ArrayList<>();
        link.get("properties").fieldNames().forEachRemaining(linkKeys::add);
        assertThat(linkKeys).containsExactly("id", "name", "subject", "month", "count", "mean_hours", "swod_kmh",
                "swd_kmh");
        assertThat(JSON.readTree(IndicatorGeoJson.of(DATASET, month(), "2025-06")).get("features")).isEmpty();
    }

    private static JsonNode find(JsonNode list, String subject) {
        for (JsonNode n : list) {
            if (n.get("subject").asText().equals(subject)) {
                return n;
            }
        }
        throw new AssertionError("no " + subject + " in " + list);
    }
}
