package corridor.cli.street;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.MatrixCell;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Matrices on a dataset with the real Islamabad extract imported (roads.bin): random junctions' cells
 * against the A* router's totals, for each objective, and {@code corridor matrix --data DIR} by place
 * name. The seed is printed in every failure; replay one with {@code -Dcorridor.matrix.seed=SEED}.
 */
class MatrixOnRoadsTest {

    private static final long SEED = Long.getLong("corridor.matrix.seed", System.nanoTime());
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path temp;
    private static Path dir;

    @BeforeAll
    static void importExtract() {
        dir = temp.resolve("isb");
        Cli.importOsm("islamabad.osm.pbf", dir);
    }

    @Test
    void randomJunctionCellsEqualTheRoutersTotals() {
        Dataset dataset = DatasetReader.read(dir).orThrow();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        MatrixEngine engine = new MatrixEngine(graph);
        Router router = new Router(graph);
        Random random = new Random(SEED);
        int junctions = dataset.roads().junctionCount();
        int compared = 0;
        int found = 0;
        for (Objective objective : Objective.values()) {
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                from.add("osm-j" + random.nextInt(junctions));
                to.add("osm-j" + random.nextInt(junctions));
            }
            RouteQuery template = RouteQuery.of(from.get(0), from.get(0), JULY, Cargo.tonnes(20))
                    .withObjective(objective).withModes(Set.of(Mode.ROAD));
            TravelMatrix matrix = engine.compute(template, from, to, router);
            assertThat(matrix.routerCells()).isZero();
            for (int i = 0; i < from.size(); i++) {
                for (int j = 0; j < to.size(); j++) {
                    MatrixCell cell = matrix.cell(i, j);
                    String where = objective + " from " + from.get(i) + " to " + to.get(j)
                            + " (replay with -Dcorridor.matrix.seed=" + SEED + ")";
                    RouteResult route = router.route(template.withEnds(from.get(i), to.get(j)));
                    compared++;
                    assertThat(cell.reachable()).as(where).isEqualTo(route.found());
                    if (route.found()) {
                        found++;
                        var t = route.route().totals();
                        assertThat(cell.hours()).as(where).isCloseTo(t.hours(), within(1e-7 * Math.max(1, t.hours())));
                        assertThat(cell.distanceKm()).as(where)
                                .isCloseTo(t.distanceKm(), within(1e-7 * Math.max(1, t.distanceKm())));
                        assertThat(cell.costUsd()).as(where).isCloseTo(t.costUsd(), within(1e-7 * Math.max(1, t.costUsd())));
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(4 * 144);
        assertThat(found).as("pairs with a route (seed " + SEED + ")").isGreaterThan(compared / 2);
    }

    @Test
    void theCommandAnswersOnTheImportedRoadsByPlaceName() {
        Cli run = Cli.run("matrix", "--data", dir.toString(), "--from", "islamabad,rawalpindi", "--to",
                "rawalpindi,islamabad", "--date", "2025-07-01", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).toList()).hasSize(4)
                .allSatisfy(line -> assertThat(line).contains(",true,").endsWith(",hierarchy,"));
    }
}
