package corridor.osm;

import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.model.Dataset;
import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import corridor.model.vehicle.AccessExclusion;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The turn restrictions of the 2021 Andorra extract ({@code andorra-2021.osm.pbf}; the 2013 one has none),
 * imported and honoured. Relation 6745561 is {@code restriction=no_left_turn} from way 456350876 (the CG-2,
 * Avinguda d'Enclar's carriageway) via node 1922620915 to way 456350877: the left turn is the shortest way from
 * the CG-2 onto that way, and a route must not take it.
 */
class AndorraTurnRestrictionTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final long RELATION = 6745561L;
    private static final long FROM_WAY = 456350876L;
    private static final long TO_WAY = 456350877L;

    @TempDir
    static Path shared;
    static Path pbf;
    static OsmImport.Result imported;
    static Dataset andorra;

    @BeforeAll
    static void importAndorra() {
        pbf = OsmTestFiles.copy("andorra-2021.osm.pbf", shared);
        Path dir = OsmTestFiles.andorraDataset(shared);
        // every highway class: the restriction's to way is a minor road
        imported = OsmTestFiles.quietImport(pbf, dir, new OsmImport.Options(null, RoadLayer.HIGHWAY_CLASSES, 5));
        andorra = DatasetReader.read(dir).orThrow();
    }

    @Test
    void theImportKeepsTheRestrictionRelationsOnImportedWaysAndSaysWhyTheOthersAreLeftOut() {
        TurnRestrictions turns = andorra.roads().turnRestrictions();

        // 65 type=restriction relations in the file (all via a node, none for some vehicles only), 63 on
        // imported ways; two lack a member (6745200 has no from way); roads.bin read back holds the kept ones
        assertThat(imported.turnRestrictions()).isEqualTo(turns.count()).isEqualTo(63);
        assertThat(imported.turnRestrictionsSkipped()).isEqualTo("2 not one from way, one via node and one to way");
        int i = indexOf(turns, RELATION);
        RoadLayer roads = andorra.roads();
        assertThat(turns.type(i)).isEqualTo("no_left_turn");
        assertThat(turns.classMask(i)).isEqualTo(TurnRestrictions.ALL_CLASSES);
        assertThat(roads.wayId(turns.fromSegment(i))).isEqualTo(FROM_WAY);
        assertThat(roads.wayId(turns.toSegment(i))).isEqualTo(TO_WAY);
        int via = turns.viaJunction(i);
        assertThat(List.of(roads.from(turns.fromSegment(i)), roads.to(turns.fromSegment(i)))).contains(via);
        assertThat(List.of(roads.from(turns.toSegment(i)), roads.to(turns.toSegment(i)))).contains(via);
    }

    @Test
    void aRouteFromTheCg2OntoTheToWayDoesNotTurnLeftAtTheViaNodeAndSaysWhichRelationShapedIt() {
        RoadLayer roads = andorra.roads();
        TurnRestrictions turns = roads.turnRestrictions();
        int i = indexOf(turns, RELATION);
        int from = turns.fromSegment(i);
        int to = turns.toSegment(i);
        int via = turns.viaJunction(i);
        String start = "osm-j" + otherEnd(roads, from, via);
        String end = "osm-j" + otherEnd(roads, to, via);
        RouteQuery query = RouteQuery.of(start, end, JULY, Cargo.tonnes(20));

        RouteResult restricted = router(andorra).route(query);
        RouteResult free = router(andorra.withRoads(roads.withTurnRestrictions(TurnRestrictions.NONE))).route(query);

        // without the restriction the shortest way is the left turn itself: the from way, then the to way
        assertThat(ways(roads, free)).containsExactly(FROM_WAY, TO_WAY);
        assertThat(free.route().linkIds()).containsExactly("osm-s" + from, "osm-s" + to);
        // with it, the route never goes from the from segment onto the to segment at the via junction
        List<String> links = restricted.route().linkIds();
        for (int k = 0; k + 1 < links.size(); k++) {
            assertThat(links.get(k).equals("osm-s" + from) && links.get(k + 1).equals("osm-s" + to))
                    .as("the forbidden turn in " + links).isFalse();
        }
        assertThat(restricted.route().totals().distanceKm()).isGreaterThan(free.route().totals().distanceKm());
        assertThat(restricted.exclusions()).extracting(AccessExclusion::ruleId)
                .contains("osm:restriction (relation " + RELATION + ")");
        assertThat(restricted.exclusions()).filteredOn(e -> e.ruleId().contains(Long.toString(RELATION)))
                .singleElement().satisfies(e -> {
                    assertThat(e.shaped()).isTrue();
                    assertThat(e.subjectId()).isEqualTo("osm-s" + from);
                    assertThat(e.reason()).startsWith("no_left_turn onto").contains("osm-s" + to, "osm-j" + via);
                });
    }

    @Test
    void withTheDefaultClassesBothReadersKeepTheSameRestrictionsAndLeaveOutThoseOnMinorRoads(@TempDir Path dir) {
        Path plainDir = OsmTestFiles.andorraDataset(dir.resolve("plain"));
        Path graphHopperDir = OsmTestFiles.andorraDataset(dir.resolve("graphhopper"));
        OsmImport.Result result = OsmImport.run(pbf, plainDir, OsmImport.Options.defaults(), new OsmosisSegmentSource(),
                line -> { });
        OsmTestFiles.quietImport(pbf, graphHopperDir, OsmImport.Options.defaults());
        TurnRestrictions plain = RoadLayerFile.read(plainDir.resolve(RoadLayerFile.NAME)).turnRestrictions();
        TurnRestrictions graphHopper = RoadLayerFile.read(graphHopperDir.resolve(RoadLayerFile.NAME)).turnRestrictions();

        assertThat(result.turnRestrictions()).isEqualTo(plain.count()).isLessThan(63);
        assertThat(result.turnRestrictionsSkipped()).contains("on a way not imported");
        assertThat(Arrays.stream((long[]) plain.arrays()[5]).boxed().toList()).doesNotContain(RELATION);

        assertThat(plain.count()).isEqualTo(graphHopper.count());
        Object[] a = plain.arrays();
        Object[] b = graphHopper.arrays();
        // relation ids and types agree entry for entry; the segment numbers are each reader's own
        assertThat((long[]) a[5]).isEqualTo((long[]) b[5]);
        assertThat((byte[]) a[3]).isEqualTo((byte[]) b[3]);
    }

    private static Router router(Dataset dataset) {
        return new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY)));
    }

    private static int indexOf(TurnRestrictions turns, long relation) {
        for (int i = 0; i < turns.count(); i++) {
            if (turns.relationId(i) == relation) {
                return i;
            }
        }
        throw new AssertionError("relation " + relation + " not kept; kept: " + Arrays.toString((long[]) turns.arrays()[5]));
    }

    private static int otherEnd(RoadLayer roads, int segment, int junction) {
        return roads.from(segment) == junction ? roads.to(segment) : roads.from(segment);
    }

    /** The OSM ways a route drives, one entry per run of segments of one way. */
    private static List<Long> ways(RoadLayer roads, RouteResult result) {
        List<Long> ways = new ArrayList<>();
        for (Leg leg : result.route().legs()) {
            if (leg.kind() == Leg.Kind.MOVE) {
                long way = roads.wayId(RoutingGraph.roadSegmentOf(leg.link().id()));
                if (ways.isEmpty() || ways.get(ways.size() - 1) != way) {
                    ways.add(way);
                }
            }
        }
        return ways;
    }
}
