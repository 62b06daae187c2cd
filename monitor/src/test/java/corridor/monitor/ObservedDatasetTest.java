package corridor.monitor;

import corridor.model.Dataset;
import corridor.model.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Observed speeds and dwell replace the dataset's typical values. */
class ObservedDatasetTest {

    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();

    @Test
    void observedSpeedWithDelayAndCrossingTimeReplaceTypicalValues() throws Exception {
        Dataset dataset = TestNetwork.dataset();
        Trace trace = new Trace("o1", START, 60, 0.02, 3);
        trace.drive(dataset.link("kkh_cn").orElseThrow().geometry(), 30);
        trace.stop(new GeoPoint(36.85, 75.42), 9 * 3600);
        trace.drive(dataset.link("kkh_border").orElseThrow().geometry(), 20);
        MonitorEngine engine = new MonitorEngine(dataset, MonitorSettings.defaults(START + 86400 * 10), true);
        trace.pings.forEach(engine::accept);
        Aggregates observed = engine.finish();

        Dataset adjusted = ObservedDataset.apply(dataset, observed, null, 1);

        assertThat(adjusted.link("kkh_cn").orElseThrow().speedKmh()).isCloseTo(30, within(1.0));
        assertThat(adjusted.link("kkh_cn").orElseThrow().provenance().note()).contains("observed");
        assertThat(adjusted.link("kkh_north").orElseThrow().speedKmh()).isEqualTo(40); // not driven: unchanged
        assertThat(adjusted.place("khunjerab").orElseThrow().border().crossingHours()).isCloseTo(9, within(0.1));
        assertThat(adjusted.place("khunjerab").orElseThrow().calendar()).isEqualTo(dataset.place("khunjerab")
                .orElseThrow().calendar());
        // the same observations as GeoJSON for the map
        var geoJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(IndicatorGeoJson.of(dataset, observed, null));
        assertThat(geoJson.path("features")).hasSize(3); // kkh_cn, kkh_border, khunjerab
        var cn = geoJson.path("features").get(0);
        assertThat(cn.path("properties").path("id").asText()).isEqualTo("kkh_cn");
        assertThat(cn.path("properties").path("swd_kmh").asDouble()).isCloseTo(30, within(1.0));
        assertThat(cn.path("geometry").path("coordinates")).hasSize(4);
        var border = geoJson.path("features").get(2);
        assertThat(border.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(border.path("properties").path("mean_hours").asDouble()).isCloseTo(9, within(0.1));
        // too few observations: nothing changes
        assertThat(ObservedDataset.apply(dataset, observed, null, 2).link("kkh_cn").orElseThrow().speedKmh())
                .isEqualTo(50);
        assertThat(ObservedDataset.apply(dataset, observed, "2025-07", 1).link("kkh_cn").orElseThrow().speedKmh())
                .isEqualTo(50);
    }
}
