package corridor.routing.matrix;

import corridor.data.BuiltInDataset;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Reach;
import corridor.routing.search.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Isochrones on the built-in network against the router: every place inside a band's polygon is
 * reached within its hours by {@code route --objective time}, and every place the router reaches
 * later (or not at all) is outside; the search's hours are the router's for every place.
 */
class IsochronesTest {

    private static RoutingGraph graph;
    private static Router router;
    private static final GeometryFactory POINTS = new GeometryFactory();

    @BeforeAll
    static void build() {
        graph = RoutingGraph.build(BuiltInDataset.load(), NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 1)));
        router = new Router(graph);
    }

    private static RouteQuery truckFrom(String origin, LocalDate day) {
        return RouteQuery.of(origin, origin, day, Cargo.tonnes(20)).withObjective(Objective.TIME)
                .withModes(Set.of(Mode.ROAD));
    }

    @ParameterizedTest
    @CsvSource({"gwadar, 2025-07-01", "sost, 2025-07-05", "sost, 2026-01-14", "islamabad, 2025-07-01"})
    void thePlacesInsideAreThoseTheRouterReachesInTime(String origin, LocalDate day) {
        RouteQuery query = truckFrom(origin, day);
        List<Isochrones.Isochrone> bands = Isochrones.of(graph, query, List.of(12.0, 4.0, 24.0));
        assertThat(bands).extracting(Isochrones.Isochrone::hours).containsExactly(4.0, 12.0, 24.0);
        int inside = 0;
        int outside = 0;
        for (Isochrones.Isochrone band : bands) {
            assertThat(band.area().isValid()).isTrue();
            for (int node = 0; node < graph.placeCount(); node++) {
                Place place = graph.place(node);
                String where = origin + " on " + day + ", " + band.hours() + " h band, " + place.id();
                boolean covered = band.area().covers(POINTS.createPoint(new Coordinate(place.location().longitude(),
                        place.location().latitude())));
                RouteResult route = place.id().equals(origin) ? null : router.route(query.withEnds(origin, place.id()));
                double hours = place.id().equals(origin) ? 0
                        : route.found() ? route.route().totals().hours() : Double.POSITIVE_INFINITY;
                if (covered) {
                    inside++;
                    assertThat(hours).as(where + ": inside, so reached in time").isLessThanOrEqualTo(band.hours() + 1e-9);
                } else {
                    outside++;
                    assertThat(hours).as(where + ": outside, so not reached in time").isGreaterThan(band.hours());
                }
            }
            assertThat(band.reached()).extracting(r -> r.place().id()).contains(origin);
        }
        assertThat(inside).as("places inside some band").isGreaterThan(3);
        assertThat(outside).as("places outside some band").isGreaterThan(3);
    }

    @Test
    void theSearchsHoursAreTheRoutersForEveryPlace() {
        for (String origin : List.of("gwadar", "sost", "kashgar")) {
            for (LocalDate day : List.of(LocalDate.of(2025, 7, 5), LocalDate.of(2026, 1, 14))) {
                RouteQuery query = truckFrom(origin, day);
                Reach.Times times = Reach.within(graph, query, 200);
                int reached = 0;
                for (int node = 0; node < graph.placeCount(); node++) {
                    String id = graph.place(node).id();
                    if (id.equals(origin)) {
                        continue;
                    }
                    RouteResult route = router.route(query.withEnds(origin, id));
                    String where = origin + " to " + id + " on " + day;
                    if (!route.found() || route.route().totals().hours() > 200) {
                        assertThat(times.arrival(node)).as(where).isEqualTo(Double.POSITIVE_INFINITY);
                        continue;
                    }
                    reached++;
                    assertThat(times.arrival(node)).as(where).isCloseTo(route.route().totals().hours(), within(1e-9));
                }
                assertThat(reached).as(origin + " on " + day).isGreaterThan(10);
            }
        }
    }

    @Test
    void bandsOutOfRangeAreRefusedNamingHours() {
        RouteQuery query = truckFrom("gwadar", LocalDate.of(2025, 7, 1));
        for (List<Double> bad : List.of(List.<Double>of(), List.of(0.0), List.of(-4.0), List.of(Double.NaN),
                List.of(Isochrones.MAX_HOURS + 1), List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0))) {
            assertThatThrownBy(() -> Isochrones.of(graph, query, bad)).as(bad.toString())
                    .isInstanceOf(InputException.class).hasMessageContaining("hours");
        }
    }
}
