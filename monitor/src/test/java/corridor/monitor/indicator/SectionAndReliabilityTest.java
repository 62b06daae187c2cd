package corridor.monitor.indicator;

import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.fixtures.Trace;
import corridor.monitor.ingest.CargoCsvReader;
import corridor.monitor.ingest.CargoRecord;
import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.state.StateJson;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.SectionMatcher;
import corridor.monitor.trip.SectionPass;
import corridor.monitor.trip.TripResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Fixed sections, percentiles, FHWA reliability, trends and TFI3 on hand-made trips. */
class SectionAndReliabilityTest {

    private static final long MAY = Instant.parse("2025-05-01T00:00:00Z").getEpochSecond();
    private static final long JUNE = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
    private static final SectionMatcher MATCHER = new SectionMatcher(TestNetwork.dataset().sections());

    private static LinkTraversal pass(String link, long entry, long hours, boolean complete) {
        return new LinkTraversal(link, entry, entry + hours * 3600, hours * 3600.0, 0, 100, complete);
    }

    @Test
    void aTripCoversASectionWhenItDrivesAllItsLinksInOrderEitherWay() {
        long t = MAY;
        List<LinkTraversal> northbound = List.of(pass("kkh_south", t, 5, true), pass("kkh_north", t + 6 * 3600, 3, true),
                pass("kkh_border", t + 10 * 3600, 2, true), pass("kkh_cn", t + 20 * 3600, 4, true));
        List<SectionPass> passes = MATCHER.passes(northbound);
        assertThat(passes).singleElement().satisfies(p -> {
            assertThat(p.sectionId()).isEqualTo("khunjerab-islamabad");
            assertThat(p.transitSeconds()).isEqualTo(12 * 3600); // the hour between links counts
            assertThat(p.movingSeconds()).isEqualTo(10 * 3600.0);
            assertThat(p.distanceKm()).isEqualTo(300.0);
        });
        // a part of the section does not cover it; nor does a pass cut short at the trip's end
        assertThat(MATCHER.passes(northbound.subList(1, 4))).isEmpty();
        List<LinkTraversal> cut = new ArrayList<>(northbound);
        cut.set(0, pass("kkh_south", t, 5, false));
        assertThat(MATCHER.passes(cut)).isEmpty();
        // out of order is not a drive over the section
        assertThat(MATCHER.passes(List.of(pass("kkh_border", t, 1, true), pass("kkh_south", t + 3600, 1, true),
                pass("kkh_north", t + 7200, 1, true)))).isEmpty();
        // there and back covers it twice
        List<LinkTraversal> both = new ArrayList<>(northbound.subList(0, 3));
        both.add(pass("kkh_border", t + 30 * 3600, 2, true));
        both.add(pass("kkh_north", t + 32 * 3600, 3, true));
        both.add(pass("kkh_south", t + 35 * 3600, 5, true));
        assertThat(MATCHER.passes(both)).extracting(SectionPass::entryEpochSecond).containsExactly(t, t + 30 * 3600);
    }

    @Test
    void aSimulatedDriveFeedsTheSectionWhateverItsEnds() {
        var dataset = TestNetwork.dataset();
        Trace trace = new Trace("s1", MAY, 60, 0.01, 5);
        trace.stop(new GeoPoint(39.47, 75.99), 6 * 3600); // Kashgar
        trace.drive(dataset.link("kkh_cn").orElseThrow().geometry(), 50);
        trace.stop(new GeoPoint(36.85, 75.42), 3 * 3600); // Khunjerab
        trace.drive(dataset.link("kkh_border").orElseThrow().geometry(), 35);
        trace.drive(dataset.link("kkh_north").orElseThrow().geometry(), 40);
        trace.drive(dataset.link("kkh_south").orElseThrow().geometry(), 40);
        trace.drive(dataset.link("m2").orElseThrow().geometry(), 80);
        trace.stop(new GeoPoint(31.55, 74.34), 6 * 3600); // Lahore
        MonitorEngine engine = new MonitorEngine(dataset, MonitorSettings.defaults(MAY + 86400 * 10), true);
        trace.pings.forEach(engine::accept);
        Aggregates a = engine.finish();
        assertThat(Indicator.of(a, Subject.SECTION, null, null)).extracting(i -> i.key().id())
                .containsExactly("kashgar>lahore");
        List<Indicator> fixed = Indicator.of(a, Subject.CORRIDOR_SECTION, null, null);
        assertThat(fixed).extracting(i -> i.key().id())
                .containsExactlyInAnyOrder("khunjerab-islamabad", "islamabad-lahore-motorway");
        Indicator motorway = Indicator.of(a, Subject.CORRIDOR_SECTION, "islamabad-lahore-motorway", null).get(0);
        assertThat(motorway.swodKmh()).isCloseTo(80, within(4.0));
        assertThat(motorway.p50Hours()).isCloseTo(motorway.meanHours(), within(motorway.meanHours() * 0.011));
    }

    /**
     * The worked example of monitor/INDICATORS.md: 20 trips over a section in May, ten of 8 h, six
     * of 10 h, four of 14 h, each with 6 h of driving. Mean 9.8 h; quantile q is the time of rank
     * ⌊q × 19⌋ (from 0) in order: median rank 9, 8 h; p80 rank 15, 10 h; p95 rank 18, 14 h; buffer index
     * (14 − 9.8) / 9.8 = 0.43; planning time index 14 / 6 = 2.33.
     */
    @Test
    void fhwaBufferAndPlanningTimeIndicesOfTheWorkedExample() {
        Aggregates a = new Aggregates();
        long[] hours = {8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10, 10, 10, 10, 14, 14, 14, 14};
        for (int i = 0; i < hours.length; i++) {
            a.addTrip(trip("v" + i, MAY + i * 86400L, hours[i], 6), List.of(), List.of(), null);
        }
        Indicator may = Indicator.of(a, Subject.SECTION, "kashgar>lahore", "2025-05").get(0);
        assertThat(may.meanHours()).isCloseTo(9.8, within(1e-9));
        assertThat(may.p50Hours()).isCloseTo(8, within(8 * 0.01));
        assertThat(may.p80Hours()).isCloseTo(10, within(10 * 0.01));
        assertThat(may.p95Hours()).isCloseTo(14, within(14 * 0.01));
        assertThat(may.bufferIndex()).isCloseTo((14 - 9.8) / 9.8, within(14 * 0.01 / 9.8));
        assertThat(may.planningTimeIndex()).isCloseTo(14 / 6.0, within(14 * 0.01 / 6));
        assertThat(may.previousMonth()).isNull();

        // June: every trip 8 h: the buffer index falls to 0 and the trend says by how much
        for (int i = 0; i < 5; i++) {
            a.addTrip(trip("w" + i, JUNE + i * 86400L, 8, 6), List.of(), List.of(), null);
        }
        Indicator june = Indicator.of(a, Subject.SECTION, "kashgar>lahore", "2025-06").get(0);
        assertThat(june.previousMonth()).isEqualTo("2025-05");
        assertThat(june.bufferIndex()).isCloseTo(0, within(0.01));
        assertThat(june.bufferIndexChange()).isCloseTo(june.bufferIndex() - may.bufferIndex(), within(1e-12));
        assertThat(june.planningTimeIndexChange()).isCloseTo(june.planningTimeIndex() - may.planningTimeIndex(),
                within(1e-12));
    }

    /** TFI3: a 1,000 km trip with 10 t that cost US$800 costs 800 × (500/1000) × (20/10) = US$800 per 500 km and 20 t. */
    @Test
    void tfi3NormalisesCostTo500KmAnd20Tonnes() {
        Aggregates a = new Aggregates();
        TripResult trip = trip("v", MAY, 20, 15);
        List<CostRecord> costs = List.of(new CostRecord("v", MAY + 3600, 500, ""), new CostRecord("v", MAY + 7200, 300, ""));
        a.addTrip(trip, List.of(), costs, 10.0);
        // a second trip with a cost but no cargo counts in the mean cost, not in TFI3
        a.addTrip(trip("u", MAY + 86400, 20, 15), List.of(), List.of(new CostRecord("u", MAY + 90000, 100, "")), null);
        Indicator section = Indicator.of(a, Subject.SECTION, null, null).get(0);
        assertThat(section.tfi3Usd()).isCloseTo(800, within(1e-9));
        assertThat(section.freightCount()).isEqualTo(1);
        assertThat(section.meanCostUsd()).isEqualTo(450);
        assertThat(Indicator.of(new Aggregates(), null, null, null)).isEmpty();
    }

    @Test
    void cargoRecordsAreReadAndAttributedToTheTripTheyFallIn() {
        var dataset = TestNetwork.dataset();
        Trace trace = new Trace("c1", MAY, 60, 0.01, 7);
        trace.stop(new GeoPoint(33.69, 73.05), 3 * 3600);
        long loaded = trace.t;
        trace.drive(dataset.link("m2").orElseThrow().geometry(), 80);
        trace.stop(new GeoPoint(31.55, 74.34), 6 * 3600);
        List<CargoRecord> cargo = CargoCsvReader.read(new StringReader("vehicle_id,timestamp,cargo_tonnes\n"
                + "c1," + Instant.ofEpochSecond(loaded) + ",12.5\n"
                + "c1," + Instant.ofEpochSecond(loaded + 60) + ",7.5\n"
                + "c1," + Instant.ofEpochSecond(MAY - 86400) + ",30\n"), "trips.csv");
        List<CostRecord> costs = List.of(new CostRecord("c1", loaded + 1800, 150, ""));
        MonitorEngine engine = new MonitorEngine(dataset, MonitorSettings.defaults(MAY + 86400 * 10), true)
                .withCargo(cargo).withCosts(costs);
        trace.pings.forEach(engine::accept);
        Aggregates a = engine.finish();
        assertThat(engine.unattributedCargoRecords()).isEqualTo(1);
        Indicator motorway = Indicator.of(a, Subject.CORRIDOR_SECTION, "islamabad-lahore-motorway", null).get(0);
        // 20 t on the whole motorway: US$150 per its length, scaled to 500 km
        assertThat(motorway.tfi3Usd()).isCloseTo(150 * 500 / motorway.meanDistanceKm(), within(0.5));
        assertThatThrownBy(() -> CargoCsvReader.read(new StringReader(
                "vehicle_id,timestamp,cargo_tonnes\nc1,2025-05-01T00:00:00Z,heavy\n"), "trips.csv"))
                .isInstanceOf(InputException.class).hasMessageContaining("trips.csv line 2").hasMessageContaining("cargo_tonnes");
    }

    @Test
    void stateOfAnEarlierVersionHasNoPercentiles() {
        String v1 = """
                {"format":"corridor-monitor-state/1","pings":{"accepted":3,"rejected":{}},"trips":{"analysed":1,"unmatched":0},
                 "tallies":[{"subject":"section","id":"a>b","month":"2025-05","count":1,"transit_seconds":3600,
                 "moving_seconds":3000,"distance_metres":50000,"min_seconds":3600,"max_seconds":3600,"cost_count":0,"cost_cents":0}]}
                """;
        Indicator row = Indicator.of(StateJson.read(new StringReader(v1), "old.json"), null, null, null).get(0);
        assertThat(row.meanHours()).isEqualTo(1.0);
        assertThat(row.p95Hours()).isNull();
        assertThat(row.bufferIndex()).isNull();
    }

    private static TripResult trip(String vehicle, long departure, long hours, long movingHours) {
        return new TripResult(vehicle, "kashgar", "lahore", departure, departure + hours * 3600, movingHours * 3600.0,
                1000, List.of(), List.of());
    }
}
