package corridor.monitor.simulate;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Place;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.trip.HubVisit;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.TripResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulator and the engine on the built-in CPEC network: what is simulated is recovered. */
class BuiltInSimulationTest {

    @Test
    void tripsOverTheBuiltInNetworkAreRecovered() {
        Dataset cpec = BuiltInDataset.load();
        long start = Instant.parse("2025-05-01T00:00:00Z").getEpochSecond();
        SimulationSettings sim = SimulationSettings.of(10, 30, 2025, start);
        StringBuilder csv = new StringBuilder(PingCsv.HEADER).append('\n');
        List<TruthTrip> truth = new ArrayList<>();
        new FleetSimulator(cpec, sim).run((v, t, lat, lon, s) -> PingCsv.append(csv, v, t, lat, lon, s), truth::add);
        MonitorSettings settings = MonitorSettings.defaults(start + 30 * 86400L);
        List<TripResult> trips = new ArrayList<>();
        MonitorEngine engine = new MonitorEngine(cpec, settings, false).onTrip(trips::add);
        CsvPingReader.read(new StringReader(csv.toString()), "pings.csv", settings, engine);
        Aggregates aggregates = engine.finish();

        assertThat(truth).hasSizeGreaterThan(10);
        assertThat(aggregates.rejectedTotal()).isZero();
        int matched = 0;
        for (TruthTrip t : truth) {
            TripResult trip = trips.stream().filter(r -> r.vehicleId().equals(t.vehicleId())
                    && Math.abs(r.departureEpochSecond() - t.departureEpochSecond()) < 600).findFirst().orElseThrow();
            assertThat(trip.sectionId()).isEqualTo(t.sectionId());
            assertThat((double) trip.transitSeconds())
                    .isCloseTo(t.arrivalEpochSecond() - t.departureEpochSecond(), within(300.0));
            assertThat(trip.visits()).extracting(HubVisit::placeId)
                    .containsExactlyElementsOf(t.dwells().stream().map(TruthTrip.Dwell::placeId).toList());
            if (trip.traversals().stream().map(LinkTraversal::linkId).toList()
                    .equals(t.links().stream().map(TruthTrip.Link::linkId).toList())) {
                matched++;
            }
        }
        // link sequences may differ where a truck drives a junction connector near another link
        assertThat(matched).isGreaterThanOrEqualTo((int) Math.ceil(truth.size() * 0.9));
    }

    /**
     * Peshawar to Chaman is shorter through Kabul and Kandahar than through D.I. Khan and Quetta: a
     * simulated carrier must still keep a load between two Pakistani places in Pakistan.
     */
    @Test
    void aTripBetweenTwoPlacesOfOneCountryNeverLeavesIt() {
        Dataset cpec = BuiltInDataset.load();
        Map<String, Place> places = cpec.placesById();
        Map<String, corridor.model.network.Link> links = new HashMap<>();
        cpec.links().forEach(l -> links.put(l.id(), l));
        long start = Instant.parse("2025-05-01T00:00:00Z").getEpochSecond();
        List<TruthTrip> truth = new ArrayList<>();
        new FleetSimulator(cpec, SimulationSettings.of(40, 30, 7, start).clean())
                .run((v, t, lat, lon, s) -> { }, truth::add);

        int domestic = 0;
        for (TruthTrip trip : truth) {
            String country = places.get(trip.originId()).country();
            if (!country.equals(places.get(trip.destinationId()).country())) {
                continue;
            }
            domestic++;
            for (TruthTrip.Link driven : trip.links()) {
                corridor.model.network.Link link = links.get(driven.linkId());
                if (link == null) {
                    continue; // a junction connector of the simulator's own
                }
                assertThat(List.of(places.get(link.fromId()).country(), places.get(link.toId()).country()))
                        .as(trip.vehicleId() + " " + trip.originId() + " -> " + trip.destinationId() + " on " + link.id())
                        .containsOnly(country);
            }
        }
        assertThat(domestic).as("domestic trips simulated").isGreaterThan(20);
    }
}
