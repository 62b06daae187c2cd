package corridor.monitor.indicator;

import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.fixtures.Trace;
import corridor.monitor.ingest.CostCsvReader;
import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.MonitorSettings;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Cost records: reading, and attribution to border crossings and sections. */
class CostTest {

    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();

    @Test
    void costsAtTheBorderAndOnTheRoadAreAttributed() {
        var dataset = TestNetwork.dataset();
        Trace trace = new Trace("c1", START, 60, 0.02, 11);
        trace.stop(new GeoPoint(39.47, 75.99), 6 * 3600);
        long departure = trace.t;
        trace.drive(dataset.link("kkh_cn").orElseThrow().geometry(), 50);
        long atBorder = trace.t + 600;
        trace.stop(new GeoPoint(36.85, 75.42), 4 * 3600);
        trace.drive(dataset.link("kkh_border").orElseThrow().geometry(), 35);
        String csv = "vehicle_id,timestamp,cost_usd,place\n"
                + "c1," + Instant.ofEpochSecond(atBorder) + ",120.50,khunjerab\n"
                + "c1," + Instant.ofEpochSecond(departure + 3600) + ",80,\n"
                + "c1," + Instant.ofEpochSecond(START - 86400) + ",999,\n";
        List<CostRecord> costs = CostCsvReader.read(new StringReader(csv), "costs.csv");
        assertThat(costs).hasSize(3);

        MonitorEngine engine = new MonitorEngine(dataset, MonitorSettings.defaults(START + 86400 * 10), true)
                .withCosts(costs);
        trace.pings.forEach(engine::accept);
        Aggregates a = engine.finish();

        Indicator border = Indicator.of(a, Subject.BORDER_CROSSING, "khunjerab", null).get(0);
        assertThat(border.meanCostUsd()).isEqualTo(120.5);
        assertThat(border.meanHours()).isCloseTo(4.0, within(0.02));
        Indicator section = Indicator.of(a, Subject.SECTION, null, null).get(0);
        assertThat(section.key().id()).isEqualTo("kashgar>sost");
        // the road payment and the border payment, not the one before the trip
        assertThat(section.meanCostUsd()).isEqualTo(200.5);
        assertThat(engine.unattributedCostRecords()).isEqualTo(1);
    }

    @Test
    void aBadCostRecordIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> CostCsvReader.read(new StringReader(
                "vehicle_id,timestamp,cost_usd\nv,2025-01-01T00:00:00Z,12\nv,2025-01-01T00:00:00Z,-3\n"), "costs.csv"))
                .isInstanceOf(InputException.class).hasMessageContaining("costs.csv line 3").hasMessageContaining("cost_usd");
        assertThatThrownBy(() -> CostCsvReader.read(new StringReader("vehicle,timestamp,cost_usd\n"), "costs.csv"))
                .isInstanceOf(InputException.class).hasMessageContaining("vehicle");
    }
}
