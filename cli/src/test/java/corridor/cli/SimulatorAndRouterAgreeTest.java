package corridor.cli;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.vehicle.VehicleClass;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;
import corridor.monitor.simulate.TruthTrip;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the router and the fleet simulator drive with one speed model, so a simulated month
 * and the router agree on each road link's free-flow time. The simulator's truth gives, per link
 * driven, the seconds spent moving (breaks and rests excluded) with a per-trip speed factor of
 * ±10% around 1; the median over a month's trips is the link's free-flow time. It lives here, in
 * the module that sees both engines.
 */
class SimulatorAndRouterAgreeTest {

    /** The tolerance the issue sets, relative. */
    private static final double TOLERANCE = 0.10;
    /** Links driven fewer times than this give no stable median and are not compared. */
    private static final int MIN_TRAVERSALS = 5;

    @Test
    void aSimulatedMonthAndTheRouterAgreeOnEachRoadLinksFreeFlowTime() {
        Dataset cpec = BuiltInDataset.load();
        long start = Instant.parse("2025-07-01T00:00:00Z").getEpochSecond();
        List<TruthTrip> truth = new ArrayList<>();
        new FleetSimulator(cpec, SimulationSettings.of(60, 30, 20261207, start)).run((v, t, lat, lon, s) -> { },
                truth::add);
        Map<String, List<Double>> movingHours = new HashMap<>();
        for (TruthTrip trip : truth) {
            for (TruthTrip.Link link : trip.links()) {
                movingHours.computeIfAbsent(link.linkId(), k -> new ArrayList<>()).add(link.movingSeconds() / 3600);
            }
        }
        RoutingGraph graph = RoutingGraph.build(cpec, NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 1)));

        Map<String, String> disagreements = new TreeMap<>();
        int compared = 0;
        double worst = 0;
        String worstLink = "";
        for (Map.Entry<String, List<Double>> e : movingHours.entrySet()) {
            int link = graph.linkIndex(e.getKey());
            // transfer links carry no time of their own in the router (it is the hub's dwell)
            if (e.getValue().size() < MIN_TRAVERSALS || link < 0 || graph.links().get(link).mode() != Mode.ROAD) {
                continue;
            }
            double simulated = median(e.getValue());
            double routed = graph.linkHours(link, VehicleClass.HEAVY_TRANSPORT);
            compared++;
            double difference = Math.abs(simulated - routed) / routed;
            if (difference > worst) {
                worst = difference;
                worstLink = e.getKey();
            }
            if (Math.abs(simulated - routed) > TOLERANCE * routed) {
                disagreements.put(e.getKey(), String.format("simulated %.2f h, router %.2f h (%d trips)", simulated,
                        routed, e.getValue().size()));
            }
        }
        System.out.printf("%d road links compared; largest difference %.1f%% (%s)%n", compared, worst * 100, worstLink);
        assertThat(compared).as("road links driven at least %d times in the month", MIN_TRAVERSALS)
                .isGreaterThanOrEqualTo(20);
        assertThat(disagreements).as("links whose free-flow hours differ by more than 10%").isEmpty();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
