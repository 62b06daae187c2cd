package corridor.routing.analysis;

import corridor.model.record.MineralArea;
import corridor.model.network.Mode;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExportRoutesTest {

    private static Net network() {
        return Net.waysOut();
    }

    private static final MineralArea MINE = Net.MINE;

    @Test
    void waysOutAreTheCrossingsIntoTheDestinationAndTheSeaportsOfTheOrigin() {
        Net net = network();
        List<ExportRoutes.WayOut> ways = ExportRoutes.waysOut(net.places, net.links, "PK", "CN");
        assertThat(ways).extracting(w -> w.via().id(), ExportRoutes.WayOut::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("x", ExportRoutes.Kind.OVERLAND),
                org.assertj.core.groups.Tuple.tuple("p", ExportRoutes.Kind.SEA));
        // a crossing with no link into the destination country is no way out
        assertThat(ExportRoutes.waysOut(net.places, net.links, "PK", "AE")).extracting(w -> w.via().id()).containsExactly("p");
    }

    @Test
    void anAreaOffTheNetworkStartsAtTheNearestLinkedPlace() {
        Net net = network().city("lonely", 0, -0.31);
        ExportRoutes.Start start = ExportRoutes.start(MINE.location(), net.places, net.links).orElseThrow();
        assertThat(start.place().id()).as("the unlinked place nearer the mine is not a start").isEqualTo("t");
        assertThat(start.firstMileKm()).isCloseTo(33.4, within(0.1));
        assertThat(ExportRoutes.start(MINE.location(), net.places, List.of())).isEmpty();
    }

    @Test
    void eachWayOutGetsItsBestRouteToChina() {
        Net net = network();
        Router router = net.router();
        RouteQuery template = RouteQuery.of("t", "k", Net.REFERENCE, Cargo.tonnes(10)).withObjective(Objective.COST);
        List<ExportRoutes.Row> rows = ExportRoutes.routes(router, List.of(MINE),
                ExportRoutes.waysOut(net.places, net.links, "PK", "CN"), template, "CN", "k");
        assertThat(rows).hasSize(2);
        ExportRoutes.Row road = rows.get(0);
        assertThat(road.result().found()).isTrue();
        assertThat(road.result().route().placeIds()).containsSubsequence("t", "x", "k");
        assertThat(road.result().route().legs()).filteredOn(l -> l.kind() == Leg.Kind.MOVE)
                .allSatisfy(l -> assertThat(l.mode()).isEqualTo(Mode.ROAD));
        // 222 km of road at 0.1 US$/tonne-km
        assertThat(road.costUsdPerTonne()).isCloseTo(22.2, within(1e-6));
        ExportRoutes.Row sea = rows.get(1);
        assertThat(sea.destination().id()).as("the nearer Chinese port is the cheaper").isEqualTo("s");
        assertThat(sea.result().route().placeIds()).containsSubsequence("t", "p", "s");
        // 56 km of road at 0.1 and 800 km of sea at 0.01 US$/tonne-km
        assertThat(sea.costUsdPerTonne()).isCloseTo(5.6 + 8.0, within(1e-6));
    }

    @Test
    void aWayWithNoRouteSaysWhy() {
        Net net = network();
        net.links.removeIf(l -> l.id().equals("xk"));
        net.links.add(new corridor.model.network.Link("xk2", "xk2", Mode.RAIL, "x", "k", 111.0, null, null, null, null,
                corridor.model.network.LinkStatus.EXISTING, "", List.of(), corridor.model.geo.Polyline.of(net.location("x"),
                net.location("k")), Net.P));
        RouteQuery template = RouteQuery.of("t", "k", Net.REFERENCE, Cargo.tonnes(10)).withObjective(Objective.COST);
        List<ExportRoutes.Row> rows = ExportRoutes.routes(net.router(), List.of(MINE),
                ExportRoutes.waysOut(net.places, net.links, "PK", "CN"), template, "CN", "k");
        assertThat(rows.get(0).result().found()).as("only rail crosses, and the overland way is by road").isFalse();
        assertThat(rows.get(0).costUsdPerTonne()).isNaN();
        assertThat(rows.get(0).result().whyNone()).contains("no route");
    }
}
