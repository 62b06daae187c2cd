package corridor.routing.search;

import corridor.model.network.Mode;
import corridor.model.network.TurnRestrictions;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An OSM {@code maxlength} keeps longer vehicles off a segment and says so, on the crossing of {@link TurnRestrictionRoutingTest}. */
class MaxLengthRoutingTest {

    @Test
    void anArticulatedTruckGoesRoundTheArmTaggedMaxlength12AndARigidOneDoesNot() {
        Router router = new Router(RoutingGraph.build(TurnRestrictionRoutingTest.crossing(TurnRestrictions.NONE, 12f),
                NetworkFilter.EXISTING, RoutingParameters.defaults(Net.REFERENCE)));
        Vehicle articulated = new Vehicle("articulated", "articulated", VehicleClass.HEAVY_TRANSPORT, 40.0, null, 4.0,
                null, 16.5, null, null, Net.P);
        Vehicle rigid = new Vehicle("rigid", "rigid", VehicleClass.HEAVY_TRANSPORT, 25.0, null, 4.0, null, 10.0, null,
                null, Net.P);
        RouteQuery query = RouteQuery.of("s", "w", Net.REFERENCE, Cargo.tonnes(20)).withModes(Set.of(Mode.ROAD));

        RouteResult longOne = router.route(query.withVehicle(articulated));
        RouteResult shortOne = router.route(query.withVehicle(rigid));

        assertThat(longOne.route().linkIds()).containsExactly("osm-s7");
        assertThat(longOne.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("osm:maxlength (way 1003)");
            assertThat(e.reason()).isEqualTo("length 16.5 m over the 12 m limit");
            assertThat(e.shaped()).isTrue();
        });
        assertThat(shortOne.route().linkIds()).containsExactly("osm-s0", "osm-s3");
    }
}
