package corridor.routing.analysis;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shortest route by distance between two places, the length a published road distance is checked against by
 * the claim checker: never longer than the router's fastest road route, the sum of its links, and within the
 * checker's 10% of the road distances others publish (the routing tests' road-distances.csv, each row sourced).
 */
class ShortestDistancesTest {

    private static final Dataset CPEC = BuiltInDataset.load();
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final RoutingGraph GRAPH = RoutingGraph.build(CPEC, NetworkFilter.EXISTING,
            RoutingParameters.defaults(JULY_2025));
    private static final ShortestDistances TRUCK = new ShortestDistances(GRAPH, null);

    /** The rows of road-distances.csv that avoid nothing: from, to, published km. */
    private static List<String[]> published() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ShortestDistancesTest.class.getClassLoader()
                .getResourceAsStream("corridor/routing/road-distances.csv")) {
            assertThat(in).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 5);
                if (f[3].isEmpty()) {
                    rows.add(new String[] {f[0], f[1], f[2]});
                }
            }
        }
        return rows;
    }

    @Test
    void noLongerThanTheFastestRouteAndTheSumOfItsLinks() throws IOException {
        Router router = new Router(GRAPH);
        List<String[]> rows = published();
        assertThat(rows).hasSizeGreaterThan(20);
        for (String[] row : rows) {
            ShortestDistances.DistanceRoute shortest = TRUCK.between(row[0], row[1], Mode.ROAD).orElseThrow();
            RouteResult fastest = router.route(RouteQuery.of(row[0], row[1], JULY_2025, Cargo.tonnes(20))
                    .withModes(EnumSet.of(Mode.ROAD)));
            assertThat(shortest.distanceKm()).as(String.join(" ", row))
                    .isLessThanOrEqualTo(fastest.route().totals().distanceKm() + 1e-6);
            double sum = shortest.links().stream()
                    .mapToDouble(l -> GRAPH.linkKm(GRAPH.linkIndex(l.id()))).sum();
            assertThat(shortest.distanceKm()).isCloseTo(sum, within(1e-6));
            assertThat(shortest.places().get(0).id()).isEqualTo(row[0]);
            assertThat(shortest.places().get(shortest.places().size() - 1).id()).isEqualTo(row[1]);
            assertThat(shortest.links()).extracting(Link::mode).allMatch(m -> m == Mode.ROAD || m == Mode.TRANSFER);
        }
    }

    @Test
    void withinTheCheckersTenPercentOfPublishedRoadDistances() throws IOException {
        for (String[] row : published()) {
            double km = Double.parseDouble(row[2]);
            assertThat(TRUCK.between(row[0], row[1], Mode.ROAD).orElseThrow().distanceKm()).as(String.join(" ", row))
                    .isCloseTo(km, within(0.10 * km));
        }
    }

    @Test
    void noRouteForTheSamePlaceAnUnknownPlaceOrAModeThatDoesNotJoinThem() {
        assertThat(TRUCK.between("lahore", "lahore", Mode.ROAD)).isEmpty();
        assertThat(TRUCK.between("lahore", "atlantis", Mode.ROAD)).isEmpty();
        assertThat(TRUCK.between("gwadar", "kashgar", Mode.RAIL)).isEmpty();
        assertThat(TRUCK.between("lahore", "karachi", Mode.RAIL).orElseThrow().links()).extracting(Link::mode)
                .allMatch(m -> m == Mode.RAIL || m == Mode.TRANSFER);
    }
}
