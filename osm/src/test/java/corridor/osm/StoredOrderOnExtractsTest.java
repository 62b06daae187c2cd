package corridor.osm;

import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.data.RoadOrderFile;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.hierarchy.CchTopology;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.hierarchy.NodeOrder;
import corridor.routing.testing.CchAgreement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The junction order {@code import osm} keeps beside roads.bin (roads.order) on the real extracts: written by
 * the import, read back with the roads, the order of the hierarchy built on them (the junctions in its order,
 * the dataset's other places above), giving Dijkstra's costs on random pairs for every weighting
 * ({@link CchAgreement}), with about as many hierarchy edges as the whole graph's nested dissection (printed,
 * and bounded: at most a quarter more). The seed is printed; replay with {@code -Dcorridor.cch.seed=SEED}.
 */
class StoredOrderOnExtractsTest {

    private static final long SEED = CchAgreement.seed();
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @ParameterizedTest
    @ValueSource(strings = {"islamabad.osm.pbf", "andorra-2021.osm.pbf"})
    void theImportKeepsTheOrderAndTheHierarchyBuiltFromItIsExact(String extract, @TempDir Path dir) {
        Path pbf = OsmTestFiles.copy(extract, dir);
        Path data = dir.resolve("dataset");
        OsmTestFiles.quietImport(pbf, data, new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5));
        assertThat(data.resolve(RoadOrderFile.NAME)).isRegularFile();

        Dataset dataset = DatasetReader.read(data).orThrow();
        int[] kept = dataset.roads().junctionRanks();
        assertThat(kept).as("the order read with the roads").isNotNull()
                .isEqualTo(NodeOrder.ofJunctions(dataset.roads()));
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        GraphHierarchy stored = GraphHierarchy.build(graph);
        CchTopology topology = stored.topology();
        int[] junctionAtRank = new int[kept.length];
        for (int j = 0; j < kept.length; j++) {
            junctionAtRank[kept[j]] = j;
        }
        for (int r = 1; r < kept.length; r++) {
            // junctions keep their order among themselves
            assertThat(topology.rank(graph.junctionNode(junctionAtRank[r - 1])))
                    .isLessThan(topology.rank(graph.junctionNode(junctionAtRank[r])));
        }

        Dataset withoutOrder = dataset.withRoads(RoadLayerFile.read(data.resolve(RoadLayerFile.NAME)));
        GraphHierarchy whole = GraphHierarchy.build(RoutingGraph.build(withoutOrder, NetworkFilter.EXISTING,
                RoutingParameters.defaults(JULY)));
        System.out.printf(Locale.ROOT, "%s: hierarchy edges %,d from the kept junction order, %,d from the whole "
                        + "graph's order; elimination tree depth %d and %d%n", extract, topology.edgeCount(),
                whole.topology().edgeCount(), topology.eliminationTreeDepth(), whole.topology().eliminationTreeDepth());
        assertThat(topology.edgeCount()).isLessThanOrEqualTo(whole.topology().edgeCount() * 5 / 4);

        CchAgreement.Tally tally = new CchAgreement(stored, Mode.ROAD, 20, SEED)
                .compare(extract.hashCode() + 7, 40, 50, extract + " with the kept order");
        assertThat(tally.found()).as(CchAgreement.replay(SEED)).isGreaterThan(tally.pairs() / 2);
    }
}
