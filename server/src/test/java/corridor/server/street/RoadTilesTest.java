package corridor.server.street;

import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.server.testing.ImportedRoads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The road tiles of the real Islamabad extract (every highway class imported), read back with the encoder's own
 * decoder: known streets in their tiles with their names, classes, refs and OSM ways, where they are on Earth;
 * classes at their zooms; lines cut at the tile's buffer; bad addresses refused.
 */
class RoadTilesTest {

    static RoadLayer roads;
    static RoadTiles tiles;

    @BeforeAll
    static void index() {
        roads = ImportedRoads.ISLAMABAD.dataset().roads();
        tiles = new RoadTiles(roads);
    }

    static int firstSegment(String name, String highwayClass) {
        return IntStream.range(0, roads.segmentCount())
                .filter(s -> roads.name(s).equals(name) && className(s).equals(highwayClass) && roads.pointCount(s) > 2)
                .findFirst().orElseThrow(() -> new AssertionError("no " + highwayClass + " named " + name + " in the extract"));
    }

    static String className(int segment) {
        return RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(segment));
    }

    /** The tile of zoom {@code z} holding the middle point of a segment, decoded. */
    static DecodedTile tileAround(int segment, int z) {
        int middle = roads.pointCount(segment) / 2;
        int[] xy = DecodedTile.tileOf(roads.pointLat(segment, middle), roads.pointLon(segment, middle), z);
        return DecodedTile.of(tiles.tile(z, xy[0], xy[1]), z, xy[0], xy[1]);
    }

    @Test
    void jinnahAvenueIsInItsTileWithItsNameClassAndWayWhereItIsOnEarth() {
        int segment = firstSegment("Jinnah Avenue", "primary");
        DecodedTile tile = tileAround(segment, 15);

        DecodedTile.Feature feature = tile.features().stream().filter(f -> f.id() == segment).findFirst()
                .orElseThrow(() -> new AssertionError("segment " + segment + " is missing from its tile"));
        assertThat(feature.properties()).containsEntry("name", "Jinnah Avenue").containsEntry("class", "primary")
                .containsEntry("way_id", roads.wayId(segment)).doesNotContainKey("ref");
        // Every point drawn lies on the segment: within 3 m (tile units are 0.3 m at zoom 15, and the lines
        // are simplified by a quarter of a screen pixel, 1.2 m).
        for (Coordinate point : feature.geometry().getCoordinates()) {
            double[] latLon = tile.degrees(point);
            assertThat(distanceToSegmentM(segment, latLon[0], latLon[1])).as("point %s of the drawn line", point)
                    .isLessThan(3);
        }
    }

    @Test
    void theGrandTrunkRoadCarriesItsRefFromZoomFive() {
        int segment = firstSegment("Grand Trunk Road", "trunk");
        DecodedTile country = tileAround(segment, RoadTiles.MIN_ZOOM);

        assertThat(country.features()).anySatisfy(f -> assertThat(f.properties())
                .containsEntry("name", "Grand Trunk Road").containsEntry("ref", "N-5"));
        assertThat(country.features()).extracting(DecodedTile.Feature::highwayClass).doesNotContain("primary",
                "secondary", "tertiary", "residential", "service");
    }

    @Test
    void eachClassAppearsFromItsZoomAndEverySegmentOfTheClassesShownIsDrawn() {
        int segment = firstSegment("Jinnah Avenue", "primary");
        for (int z = RoadTiles.MIN_ZOOM; z <= 16; z++) {
            DecodedTile tile = tileAround(segment, z);
            int zoom = z;
            Set<String> shown = tile.features().stream().map(DecodedTile.Feature::highwayClass).collect(Collectors.toSet());
            assertThat(shown).as("classes at zoom %d", z).allSatisfy(c -> assertThat(RoadTiles.minZoom(c)).isLessThanOrEqualTo(zoom));
            Set<Long> drawn = tile.features().stream().map(DecodedTile.Feature::id).collect(Collectors.toSet());
            double tileM = 40_075_016 * Math.cos(Math.toRadians(33.7)) / (1L << z);
            List<Integer> expected = IntStream.range(0, roads.segmentCount())
                    .filter(s -> RoadTiles.minZoom(className(s)) <= zoom && roads.lengthM(s) > tileM / 100
                            && inside(s, tile)).boxed().toList();
            assertThat(expected).as("segments expected at zoom %d", z).isNotEmpty();
            assertThat(drawn).as("segments drawn at zoom %d", z).containsAll(expected.stream().map(Long::valueOf).toList());
        }
        assertThat(classesAround(segment, 12)).doesNotContain("residential", "unclassified", "service", "living_street");
        assertThat(classesAround(segment, 13)).contains("residential").doesNotContain("service");
        assertThat(classesAround(segment, 14)).contains("residential", "service");
    }

    static Set<String> classesAround(int segment, int z) {
        return tileAround(segment, z).features().stream().map(DecodedTile.Feature::highwayClass).collect(Collectors.toSet());
    }

    /** Whether a segment's middle point lies inside the tile, away from its edges. */
    static boolean inside(int segment, DecodedTile tile) {
        int middle = roads.pointCount(segment) / 2;
        double n = 1L << tile.z();
        double x = (roads.pointLon(segment, middle) + 180) / 360 * n - tile.x();
        double phi = Math.toRadians(roads.pointLat(segment, middle));
        double y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n - tile.y();
        return x > 0.01 && x < 0.99 && y > 0.01 && y < 0.99;
    }

    @Test
    void linesAreCutAtTheTilesBuffer() {
        int segment = firstSegment("Grand Trunk Road", "trunk");
        DecodedTile tile = tileAround(segment, 16);
        assertThat(tile.features()).isNotEmpty();
        boolean cut = false;
        for (DecodedTile.Feature feature : tile.features()) {
            for (Coordinate point : feature.geometry().getCoordinates()) {
                assertThat(point.x).isBetween((double) -RoadTiles.BUFFER, (double) RoadTiles.EXTENT + RoadTiles.BUFFER);
                assertThat(point.y).isBetween((double) -RoadTiles.BUFFER, (double) RoadTiles.EXTENT + RoadTiles.BUFFER);
                cut |= point.x == -RoadTiles.BUFFER || point.x == RoadTiles.EXTENT + RoadTiles.BUFFER
                        || point.y == -RoadTiles.BUFFER || point.y == RoadTiles.EXTENT + RoadTiles.BUFFER;
            }
        }
        assertThat(cut).as("some line runs out of the tile and is cut at the buffer's edge").isTrue();
    }

    @Test
    void aTileWithoutRoadsIsEmptyAndTheSameTileIsTheSameBytes() {
        int[] atlantic = DecodedTile.tileOf(30, -40, 10);
        assertThat(tiles.tile(10, atlantic[0], atlantic[1])).isEmpty();
        int segment = firstSegment("Jinnah Avenue", "primary");
        int[] xy = DecodedTile.tileOf(roads.pointLat(segment, 1), roads.pointLon(segment, 1), 14);
        assertThat(tiles.tile(14, xy[0], xy[1])).isNotEmpty().isEqualTo(new RoadTiles(roads).tile(14, xy[0], xy[1]));
    }

    @Test
    void theBoundsHoldEveryRoad() {
        double[] bounds = tiles.boundsDegrees();
        assertThat(bounds[0]).isBetween(72.6, 73.0);
        assertThat(bounds[2]).isBetween(73.0, 73.5);
        assertThat(bounds[1]).isBetween(33.4, 33.7);
        assertThat(bounds[3]).isBetween(33.7, 33.9);
        for (int s = 0; s < roads.segmentCount(); s += 97) {
            assertThat(roads.pointLon(s, 0)).isBetween(bounds[0], bounds[2]);
            assertThat(roads.pointLat(s, 0)).isBetween(bounds[1], bounds[3]);
        }
    }

    @Test
    void addressesOutsideTheTilesAreRefusedNamingThePart() {
        assertThatThrownBy(() -> tiles.tile(4, 0, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("z: 4 is not a zoom of the road tiles; use 5 to 18");
        assertThatThrownBy(() -> tiles.tile(19, 0, 0)).hasMessageContaining("z: 19");
        assertThatThrownBy(() -> tiles.tile(5, 32, 0)).hasMessageContaining("x: 32 is outside zoom 5; use 0 to 31");
        assertThatThrownBy(() -> tiles.tile(5, 0, -1)).hasMessageContaining("y: -1 is outside zoom 5");
        assertThatThrownBy(() -> new RoadTiles(RoadLayer.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoadTiles.minZoom("footway")).hasMessageContaining("'footway' is not a highway class");
    }

    /**
     * Not a check: how long the densest tile of the extract at zoom 14 takes, printed for the report (central
     * Islamabad, every class from zoom 14 on).
     */
    @Test
    void theDensestTileAtZoom14IsTimed() {
        int[] centre = DecodedTile.tileOf(33.70, 73.05, 14);
        int bestX = 0;
        int bestY = 0;
        int bestBytes = 0;
        for (int x = centre[0] - 12; x <= centre[0] + 12; x++) {
            for (int y = centre[1] - 12; y <= centre[1] + 12; y++) {
                int bytes = tiles.tile(14, x, y).length;
                if (bytes > bestBytes) {
                    bestBytes = bytes;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        long[] nanos = new long[51];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            tiles.tile(14, bestX, bestY);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        int features = DecodedTile.of(tiles.tile(14, bestX, bestY), 14, bestX, bestY).features().size();
        System.out.printf("road tile 14/%d/%d: %d features, %d bytes, fastest %.1f ms, median %.1f ms over %d runs%n",
                bestX, bestY, features, bestBytes, nanos[0] / 1e6, nanos[nanos.length / 2] / 1e6, nanos.length);
        assertThat(features).isGreaterThan(500);
    }

    /** Distance from a point to a segment's polyline, metres (equirectangular, fine over a few hundred metres). */
    static double distanceToSegmentM(int segment, double lat, double lon) {
        double best = Double.MAX_VALUE;
        double mPerDegLat = 111_320;
        double mPerDegLon = 111_320 * Math.cos(Math.toRadians(lat));
        for (int k = 0; k + 1 < roads.pointCount(segment); k++) {
            double ax = (roads.pointLon(segment, k) - lon) * mPerDegLon;
            double ay = (roads.pointLat(segment, k) - lat) * mPerDegLat;
            double bx = (roads.pointLon(segment, k + 1) - lon) * mPerDegLon;
            double by = (roads.pointLat(segment, k + 1) - lat) * mPerDegLat;
            double dx = bx - ax;
            double dy = by - ay;
            double t = dx == 0 && dy == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }
}
