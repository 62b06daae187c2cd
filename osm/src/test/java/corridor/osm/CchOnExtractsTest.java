package corridor.osm;

import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.testing.CchAgreement;
import corridor.routing.testing.Weightings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hierarchy against plain Dijkstra on the real extracts ({@link CchAgreement}): each imported with
 * every highway class into the built-in dataset, its routing graph built as {@code route} builds it
 * (junctions split at turn restrictions: the 2021 Andorra extract has 63), and 10,000 random node pairs
 * (100 sources × 100 targets) checked under every weighting, 25 of the sources with random closures.
 * The seed is printed; replay a run with {@code -Dcorridor.cch.seed=SEED}.
 */
class CchOnExtractsTest {

    private static final long SEED = CchAgreement.seed();
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final int SOURCES = 100;
    private static final int TARGETS = 100;

    @ParameterizedTest
    @ValueSource(strings = {"islamabad.osm.pbf", "andorra.osm.pbf", "andorra-2021.osm.pbf"})
    void theHierarchyGivesDijkstrasCostOnTenThousandPairsForEveryWeighting(String extract, @TempDir Path dir) {
        Path pbf = OsmTestFiles.copy(extract, dir);
        OsmTestFiles.quietImport(pbf, dir.resolve("dataset"), new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5));
        Dataset dataset = DatasetReader.read(dir.resolve("dataset")).orThrow();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);

        CchAgreement.Tally tally = new CchAgreement(hierarchy, Mode.ROAD, 20, SEED)
                .compare(extract.hashCode(), SOURCES, TARGETS, extract);

        int weightings = Weightings.everyObjectiveAndABlend().size();
        System.out.printf(Locale.ROOT, "%s: %,d nodes (%,d junction copies), %,d turn restrictions; %,d pairs under each of %d weightings, "
                        + "%,d with a path, %,d without (seed %d, %s)%n", extract, graph.placeCount(),
                junctionCopies(graph), dataset.roads().turnRestrictions().count(), tally.pairs() / weightings, weightings, tally.found(),
                tally.unreachable(), SEED, CchAgreement.replay(SEED));
        assertThat(tally.pairs()).isEqualTo(SOURCES * TARGETS * weightings);
        // most random pairs are junctions of one road network: the comparison is not of empty answers
        assertThat(tally.found()).as(extract + ": pairs with a path (" + CchAgreement.replay(SEED) + ")")
                .isGreaterThan(tally.pairs() / 2);
        if (extract.equals("andorra-2021.osm.pbf")) {
            // the restrictions are in the graph: junctions split into copies, among the nodes drawn
            assertThat(dataset.roads().turnRestrictions().count()).isEqualTo(63);
            assertThat(junctionCopies(graph)).isPositive();
        }
    }

    /** Nodes that are copies of a junction split at its turn restrictions. */
    private static int junctionCopies(RoutingGraph graph) {
        int copies = 0;
        for (int node = 0; node < graph.placeCount(); node++) {
            copies += graph.canonicalNode(node) != node ? 1 : 0;
        }
        return copies;
    }
}
