package corridor.routing.search;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;

import java.time.LocalDate;
import java.util.EnumSet;

/** The built-in dataset's existing network and its router, built once for the tests that drive vehicles on it. */
final class BuiltInRoads {

    static final Dataset DATASET = BuiltInDataset.load();
    static final RoutingGraph GRAPH = RoutingGraph.build(DATASET, NetworkFilter.EXISTING,
            RoutingParameters.defaults(LocalDate.of(2025, 7, 15)));
    static final Router ROUTER = new Router(GRAPH);

    /** 20 t by road from {@code from} to {@code to}, leaving at 00:00 on {@code day}, in the dataset's vehicle. */
    static RouteQuery byRoad(String from, String to, LocalDate day, String vehicleId) {
        return RouteQuery.of(from, to, day, Cargo.tonnes(20)).withModes(EnumSet.of(Mode.ROAD))
                .withVehicle(DATASET.vehicle(vehicleId).orElseThrow());
    }

    private BuiltInRoads() {
    }
}
