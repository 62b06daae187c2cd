package corridor.monitor.indicator;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.ObservedTimes;
import corridor.model.network.ObservedTimes.Kind;
import corridor.model.network.ObservedTimes.Observation;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.fixtures.Trace;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.state.StateJson;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Observed medians and 95th percentiles for the router, and the mark of simulated pings through the state file. */
class RoutingObservationsTest {

    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
    private static final YearMonth JUNE = YearMonth.of(2025, 6);

    /** Trucks that drive kkh_cn at 30 km/h and wait at Khunjerab 6 to 20 h, then drive on. */
    private static Aggregates observed() {
        Dataset dataset = TestNetwork.dataset();
        MonitorEngine engine = new MonitorEngine(dataset, MonitorSettings.defaults(START + 86400 * 20), true);
        long[] waits = {6, 8, 9, 12, 20};
        for (int i = 0; i < waits.length; i++) {
            Trace trace = new Trace("o" + i, START + i * 3 * 86400L, 60, 0.02, 3 + i);
            trace.drive(dataset.link("kkh_cn").orElseThrow().geometry(), 30);
            trace.stop(new GeoPoint(36.85, 75.42), waits[i] * 3600);
            trace.drive(dataset.link("kkh_border").orElseThrow().geometry(), 20);
            trace.pings.forEach(engine::accept);
        }
        return engine.finish();
    }

    @Test
    void theMedianAndNinetyFifthPercentileOfEachLinkAndCrossingByMonth() {
        ObservedTimes times = RoutingObservations.of(observed(), "state.json");

        Observation crossing = times.of(Kind.CROSSING, "khunjerab", JUNE);
        assertThat(crossing.count()).isEqualTo(5);
        assertThat(crossing.medianHours()).isCloseTo(9, within(0.2));
        // DDSketch's 95th percentile of five: the fourth (rank 0.95 × 4 = 3.8, rounded up to a whole item)
        assertThat(crossing.p95Hours()).isCloseTo(12, within(0.3));
        Observation link = times.of(Kind.LINK, "kkh_cn", JUNE);
        double km = TestNetwork.dataset().link("kkh_cn").orElseThrow().geometry().lengthKm();
        assertThat(link.medianHours()).isCloseTo(km / 30, within(0.05 * km / 30));
        assertThat(times.of(Kind.LINK, "kkh_north", JUNE)).isNull();
        assertThat(times.of(Kind.CROSSING, "khunjerab", YearMonth.of(2025, 7))).isNull();
        assertThat(times.months()).containsExactly(JUNE);
        assertThat(times.simulated()).isFalse();
        assertThat(times.origin()).isEqualTo("state.json");
    }

    @Test
    void aSimulatedStateStaysSimulatedThroughItsFileAndAMerge() {
        Aggregates simulated = observed().markSimulated();
        StringWriter text = new StringWriter();
        StateJson.write(simulated, text);
        Aggregates read = StateJson.read(new StringReader(text.toString()), "state.json");

        assertThat(read.simulatedPings()).isEqualTo(simulated.acceptedPings()).isPositive();
        assertThat(read).isEqualTo(simulated);
        assertThat(RoutingObservations.of(read, "state.json").simulated()).isTrue();
        Aggregates real = observed();
        assertThat(RoutingObservations.of(real, "real").simulated()).isFalse();
        StringWriter realText = new StringWriter();
        StateJson.write(real, realText);
        assertThat(realText.toString()).doesNotContain("simulated");
        // real and simulated merged: simulated in part, and said so
        assertThat(RoutingObservations.of(real.merge(read), "both").simulated()).isTrue();
    }
}
