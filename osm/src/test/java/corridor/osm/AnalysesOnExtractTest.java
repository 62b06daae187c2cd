package corridor.osm;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.RoadLayer;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.RouteSource;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import corridor.routing.testing.AnalysisAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criticality from the hierarchy against the A* router's on a real extract (Andorra 2021, with its 63 turn
 * restrictions, imported with its kept junction order): random junction pairs, each link of their routes lost
 * in turn (a closure: one customization a link), the same base totals, impacts and ranking by time and by
 * cost ({@link AnalysisAgreement}). The seed is printed; replay with {@code -Dcorridor.analyses.seed=SEED}.
 */
class AnalysesOnExtractTest {

    private static final long SEED = Long.getLong("corridor.analyses.seed", System.nanoTime());
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @Test
    void criticalityFromTheHierarchyRanksAsTheRouterDoes(@TempDir Path dir) {
        Path pbf = OsmTestFiles.copy("andorra-2021.osm.pbf", dir);
        OsmTestFiles.quietImport(pbf, dir.resolve("dataset"), new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5));
        Dataset dataset = DatasetReader.read(dir.resolve("dataset")).orThrow();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        List<String> junctions = new ArrayList<>();
        for (int node = 0; node < graph.placeCount(); node++) {
            if (graph.isRoadJunction(node) && graph.canonicalNode(node) == node) {
                junctions.add(graph.place(node).id());
            }
        }
        List<OdPair> pairs = AnalysisAgreement.pairs(junctions, 6, new Random(SEED));
        String replay = " (seed " + SEED + ", replay with -Dcorridor.analyses.seed=" + SEED + ")";
        RouteSource hierarchy = RouteSource.hierarchy(new HierarchyRoutes(new MatrixEngine(graph)), new Router(graph));
        for (Objective metric : List.of(Objective.TIME, Objective.COST)) {
            RouteQuery template = RouteQuery.of(pairs.get(0).fromId(), pairs.get(0).toId(), JULY, Cargo.tonnes(20))
                    .withModes(Set.of(Mode.ROAD));
            Criticality.Report want = Criticality.rank(new Router(graph), pairs, template, metric, null);
            Criticality.Report got = Criticality.rank(hierarchy, pairs, template, metric, null);

            AnalysisAgreement.sameReport(got, want, "andorra-2021, " + metric + replay);
            System.out.printf(Locale.ROOT, "andorra-2021 criticality by %s: %d links ranked, %s%s%n", metric,
                    got.impacts().size(), got.answeredBy().note().isEmpty() ? "every route from the hierarchy"
                            : got.answeredBy().note(), replay);
            assertThat(got.impacts()).hasSizeGreaterThan(10);
            assertThat(got.answeredBy().hierarchyRoutes()).as(got.answeredBy().note() + replay)
                    .isGreaterThan(got.answeredBy().routerRoutes());
        }
    }
}
