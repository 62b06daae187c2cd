package corridor.monitor.match;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.fixtures.Trace;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;
import corridor.monitor.trip.HubKind;
import corridor.monitor.trip.HubVisit;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.TripResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Map matching, trip analysis and dwell detection on hand-made traces over {@link TestNetwork}. */
class MatchingTest {

    private static final long START = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
    private final Dataset dataset = TestNetwork.dataset();
    private final MonitorSettings settings = MonitorSettings.defaults(START + 100 * 86400L);

    private Link link(String id) {
        return dataset.link(id).orElseThrow();
    }

    private double hours(String linkId, double speedKmh) {
        return link(linkId).geometry().lengthKm() / speedKmh;
    }

    private List<TripResult> run(List<Ping> pings) {
        List<TripResult> trips = new ArrayList<>();
        MonitorEngine engine = new MonitorEngine(dataset, settings, true).onTrip(trips::add);
        pings.forEach(engine::accept);
        engine.finish();
        return trips;
    }

    @Test
    void cleanTraceIsMatchedLinkByLinkWithTimes() {
        Trace trace = new Trace("t1", START, 60, 0, 1);
        trace.drive(link("kkh_cn").geometry(), 50);
        trace.drive(link("kkh_border").geometry(), 35);
        trace.drive(link("kkh_north").geometry(), 40);

        List<TripResult> trips = run(trace.pings);

        assertThat(trips).hasSize(1);
        List<LinkTraversal> passes = trips.get(0).traversals();
        assertThat(passes).extracting(LinkTraversal::linkId).containsExactly("kkh_cn", "kkh_border", "kkh_north");
        assertThat(passes).allMatch(LinkTraversal::complete);
        assertThat(passes.get(1).transitSeconds() / 3600).isCloseTo(hours("kkh_border", 35), within(0.02));
        assertThat(passes.get(1).distanceKm()).isCloseTo(link("kkh_border").geometry().lengthKm(), within(0.5));
        assertThat(trips.get(0).sectionId()).isEqualTo("kashgar>gilgit");
    }

    @Test
    void noisyTraceStillFollowsTheLinks() {
        Trace trace = new Trace("t2", START, 60, 0.08, 2);
        trace.drive(link("kkh_cn").geometry(), 50);
        trace.drive(link("kkh_border").geometry(), 35);
        trace.drive(link("kkh_north").geometry(), 40);

        List<LinkTraversal> passes = run(trace.pings).get(0).traversals();

        assertThat(passes).extracting(LinkTraversal::linkId).containsExactly("kkh_cn", "kkh_border", "kkh_north");
        assertThat(passes.get(0).transitSeconds() / 3600).isCloseTo(hours("kkh_cn", 50), within(0.05));
        assertThat(passes.get(2).transitSeconds() / 3600).isCloseTo(hours("kkh_north", 40), within(0.05));
    }

    @Test
    void parallelRoadsThreeKilometresApartAreTold() {
        Trace onGt = new Trace("gt", START, 60, 0.05, 3);
        onGt.drive(link("kkh_south").geometry(), 40);
        onGt.drive(link("gt_road").geometry(), 55);
        Trace onM2 = new Trace("m2", START, 60, 0.05, 4);
        onM2.drive(link("kkh_south").geometry(), 40);
        onM2.drive(link("m2").geometry(), 80);
        List<Ping> all = new ArrayList<>(onGt.pings);
        all.addAll(onM2.pings);

        List<TripResult> trips = run(all);

        TripResult gt = trips.stream().filter(t -> t.vehicleId().equals("gt")).findFirst().orElseThrow();
        TripResult m2 = trips.stream().filter(t -> t.vehicleId().equals("m2")).findFirst().orElseThrow();
        assertThat(gt.traversals()).extracting(LinkTraversal::linkId).containsExactly("kkh_south", "gt_road");
        assertThat(m2.traversals()).extracting(LinkTraversal::linkId).containsExactly("kkh_south", "m2");
        assertThat(gt.traversals().get(1).transitSeconds() / 3600).isCloseTo(hours("gt_road", 55), within(0.05));
        assertThat(m2.traversals().get(1).transitSeconds() / 3600).isCloseTo(hours("m2", 80), within(0.05));
    }

    @Test
    void parallelRoads250MetresApartWithNoiseAsLargeAsTheirSpacingStayOnOneRoad() {
        Dataset close = TestNetwork.closeParallel();
        for (String road : List.of("east", "west")) {
            Trace trace = new Trace(road, START, 30, 0.12, road.hashCode());
            trace.drive(close.link(road).orElseThrow().geometry(), 60);
            List<TripResult> trips = new ArrayList<>();
            MonitorEngine engine = new MonitorEngine(close, settings, true).onTrip(trips::add);
            trace.pings.forEach(engine::accept);
            engine.finish();
            // nearest-link matching would flip between the roads wherever noise crosses the middle
            assertThat(trips.get(0).traversals()).extracting(LinkTraversal::linkId).containsExactly(road);
        }
    }

    @Test
    void aGapOverAWholeLinkIsBridgedAlongTheNetwork() {
        long khunjerabAt = START + Math.round(hours("kkh_cn", 50) * 3600);
        long sostAt = khunjerabAt + Math.round(hours("kkh_border", 35) * 3600);
        Trace trace = new Trace("t3", START, 60, 0.03, 5).gap(khunjerabAt - 600, sostAt + 600);
        trace.drive(link("kkh_cn").geometry(), 50);
        trace.drive(link("kkh_border").geometry(), 35);
        trace.drive(link("kkh_north").geometry(), 40);

        List<LinkTraversal> passes = run(trace.pings).get(0).traversals();

        assertThat(passes).extracting(LinkTraversal::linkId).containsExactly("kkh_cn", "kkh_border", "kkh_north");
        assertThat(passes).allMatch(LinkTraversal::complete);
        // inside the gap the speed is unknown: the time is shared by distance, within 10%
        assertThat(passes.get(1).transitSeconds() / 3600).isCloseTo(hours("kkh_border", 35),
                within(0.1 * hours("kkh_border", 35)));
    }

    @Test
    void aStopAtTheBorderIsCrossingTimeAndNotLinkTime() {
        Trace trace = new Trace("t4", START, 60, 0.02, 6);
        trace.drive(link("kkh_cn").geometry(), 50);
        trace.stop(new GeoPoint(36.851, 75.419), 5 * 3600);
        trace.drive(link("kkh_border").geometry(), 35);
        trace.stop(new GeoPoint(36.69, 74.82), 8 * 3600);

        TripResult trip = run(trace.pings).get(0);

        assertThat(trip.visits()).hasSize(2);
        HubVisit border = trip.visits().get(0);
        assertThat(border.placeId()).isEqualTo("khunjerab");
        assertThat(border.kind()).isEqualTo(HubKind.BORDER_CROSSING);
        assertThat(border.dwellSeconds() / 3600.0).isCloseTo(5.0, within(0.02));
        HubVisit sost = trip.visits().get(1);
        assertThat(sost.placeId()).isEqualTo("sost");
        // Sost is a dry port joined to Khunjerab: its customs station, so border crossing time too
        assertThat(sost.kind()).isEqualTo(HubKind.BORDER_CROSSING);
        assertThat(sost.dwellSeconds() / 3600.0).isCloseTo(8.0, within(0.02));
        LinkTraversal kkhBorder = trip.traversals().get(1);
        assertThat(kkhBorder.linkId()).isEqualTo("kkh_border");
        assertThat(kkhBorder.transitSeconds() / 3600).isCloseTo(hours("kkh_border", 35), within(0.05));
        // border time is a delay within the trip, at its end as much as on its way
        double moving = hours("kkh_cn", 50) + hours("kkh_border", 35);
        assertThat(trip.transitSeconds() / 3600.0).isCloseTo(moving + 5 + 8, within(0.1));
        assertThat(trip.movingSeconds() / 3600).isCloseTo(moving, within(0.1));
    }

    @Test
    void outliersAndAStopBesideTheRoadDoNotBreakThePass() {
        List<GeoPoint> pts = link("kkh_south").geometry().points();
        Trace trace = new Trace("t6", START, 60, 0.02, 8);
        trace.drive(new corridor.model.geo.Polyline(pts.subList(0, 2)), 40);
        // a truck stop 2 km east of the road, 40 minutes
        GeoPoint beside = new GeoPoint(pts.get(1).latitude(), pts.get(1).longitude() + 2.0 / 91);
        trace.drive(corridor.model.geo.Polyline.of(pts.get(1), beside), 30);
        trace.stop(beside, 40 * 60);
        trace.drive(corridor.model.geo.Polyline.of(beside, pts.get(1)), 30);
        trace.drive(new corridor.model.geo.Polyline(pts.subList(1, pts.size())), 40);
        List<Ping> pings = new ArrayList<>(trace.pings);
        // two single outliers 2 km off the road in the middle of the drive (not fast enough for a teleport)
        for (int k : new int[]{30, 200}) {
            Ping p = pings.get(k);
            pings.set(k, new Ping(p.vehicleId(), p.epochSecond(), p.latitude() + 2.0 / 111, p.longitude(), Double.NaN,
                    Double.NaN, p.line()));
        }

        TripResult trip = run(pings).get(0);

        assertThat(trip.traversals()).singleElement().satisfies(pass -> {
            assertThat(pass.linkId()).isEqualTo("kkh_south");
            assertThat(pass.complete()).isTrue();
            assertThat(pass.stopSeconds() / 60).isCloseTo(40, within(1.0));
            // plus the 8 minutes to the truck stop and back
            assertThat(pass.movingSeconds() / 3600).isCloseTo(hours("kkh_south", 40) + 4.0 / 30, within(0.05));
        });
    }

    @Test
    void aRestStopOnTheRoadIsLinkDelay() {
        Trace drive = new Trace("t5", START, 60, 0.02, 7);
        // drive the first half of kkh_south, rest 45 minutes, drive the rest
        List<GeoPoint> pts = link("kkh_south").geometry().points();
        drive.drive(link("kkh_north").geometry(), 40);
        drive.drive(new corridor.model.geo.Polyline(pts.subList(0, 2)), 40);
        drive.stop(pts.get(1), 45 * 60);
        drive.drive(new corridor.model.geo.Polyline(pts.subList(1, pts.size())), 40);

        TripResult trip = run(drive.pings).get(0);

        LinkTraversal south = trip.traversals().get(1);
        assertThat(south.linkId()).isEqualTo("kkh_south");
        assertThat(south.stopSeconds() / 60).isCloseTo(45, within(1.0));
        assertThat(south.movingSeconds() / 3600).isCloseTo(hours("kkh_south", 40), within(0.05));
        assertThat(trip.visits()).isEmpty();
    }
}
