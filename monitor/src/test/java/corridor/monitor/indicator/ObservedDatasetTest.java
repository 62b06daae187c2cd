package corridor.monitor.indicator;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.fixtures.Trace;
import corridor.monitor.ingest.MonitorSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Observed speeds and dwell replace the dataset's typical values. */
class ObservedDatasetTest {

    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();

    @Test
    void observedSpeedWithDelayAndCrossingTimeReplaceTypicalValues() {
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
        // too few observations: nothing changes
        assertThat(ObservedDataset.apply(dataset, observed, null, 2).link("kkh_cn").orElseThrow().speedKmh())
                .isEqualTo(50);
        assertThat(ObservedDataset.apply(dataset, observed, "2025-07", 1).link("kkh_cn").orElseThrow().speedKmh())
                .isEqualTo(50);
    }
}
