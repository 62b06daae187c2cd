package corridor.server.street;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.model.network.RoadLayer;
import corridor.server.testing.ImportedRoads;
import corridor.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/tiles/roads/{z}/{x}/{y}.mvt} and {@code /api/tiles/roads.json} over real HTTP: on a server of
 * the imported Islamabad extract the tiles hold its streets; bad addresses get a 400 naming the part; a server
 * without roads answers 404 with the reason; the summary says how many road segments there are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TileApiTest {

    private TestServer islamabad;
    private TestServer builtIn;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) {
        islamabad = new TestServer(dir.resolve("isb"), ImportedRoads.ISLAMABAD.dataset());
        builtIn = new TestServer(dir.resolve("built-in"));
    }

    @AfterAll
    void stop() {
        islamabad.close();
        builtIn.close();
    }

    private HttpResponse<byte[]> bytes(TestServer server, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aTileOfCentralIslamabadHoldsJinnahAvenueAsTheEncoderWroteIt() throws Exception {
        RoadLayer roads = islamabad.dataset.roads();
        int segment = IntStream.range(0, roads.segmentCount()).filter(s -> roads.name(s).equals("Jinnah Avenue"))
                .findFirst().orElseThrow();
        int[] xy = DecodedTile.tileOf(roads.pointLat(segment, 1), roads.pointLon(segment, 1), 14);

        HttpResponse<byte[]> reply = bytes(islamabad, "/api/tiles/roads/14/" + xy[0] + "/" + xy[1] + ".mvt");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue(StreetApi.MVT);
        assertThat(reply.headers().firstValue("Corridor-Dataset-Version")).isPresent();
        assertThat(reply.body()).isEqualTo(new RoadTiles(roads).tile(14, xy[0], xy[1]));
        DecodedTile tile = DecodedTile.of(reply.body(), 14, xy[0], xy[1]);
        assertThat(tile.features()).anySatisfy(f -> assertThat(f.properties())
                .containsEntry("name", "Jinnah Avenue").containsEntry("class", "primary"));
        assertThat(tile.features()).extracting(DecodedTile.Feature::highwayClass).contains("residential");
    }

    /**
     * A route on streets is drawn along them: each street leg of the route's GeoJSON is its road segment's own
     * geometry (every point, in the direction of travel), not a straight line between its ends.
     */
    @Test
    void aRouteOnStreetsCarriesEachSegmentsGeometry() {
        RoadLayer roads = islamabad.dataset.roads();
        JsonNode features = islamabad.get("/api/route?modes=road&from=Islamabad&to=ict-model-city").json()
                .at("/route/geojson/features");
        int streetLegs = 0;
        int points = 0;
        for (JsonNode feature : features) {
            String link = feature.at("/properties/link").asText();
            if (!link.startsWith("osm-s")) {
                continue;
            }
            int segment = Integer.parseInt(link.substring("osm-s".length()));
            JsonNode line = feature.at("/geometry/coordinates");
            assertThat(line.size()).as(link).isEqualTo(roads.pointCount(segment));
            boolean forward = line.get(0).get(1).asDouble() == roads.pointLat(segment, 0)
                    && line.get(0).get(0).asDouble() == roads.pointLon(segment, 0);
            for (int k = 0; k < line.size(); k++) {
                int point = forward ? k : line.size() - 1 - k;
                assertThat(line.get(k).get(0).asDouble()).as(link).isEqualTo(roads.pointLon(segment, point));
                assertThat(line.get(k).get(1).asDouble()).as(link).isEqualTo(roads.pointLat(segment, point));
            }
            streetLegs++;
            points += line.size();
        }
        assertThat(streetLegs).isGreaterThan(20);
        assertThat(points).as("points of the route's street legs").isGreaterThan(3 * streetLegs);
    }

    @Test
    void aTileWithoutRoadsIsNoContent() throws Exception {
        int[] atlantic = DecodedTile.tileOf(30, -40, 10);
        HttpResponse<byte[]> reply = bytes(islamabad, "/api/tiles/roads/10/" + atlantic[0] + "/" + atlantic[1] + ".mvt");
        assertThat(reply.statusCode()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void badTileAddressesAreRefusedNamingThePartAndTheServerKeepsServing() {
        assertRefused("/api/tiles/roads/fourteen/1/2.mvt", "z", "'fourteen' is not a tile coordinate");
        assertRefused("/api/tiles/roads/14/-1/2.mvt", "x", "'-1' is not a tile coordinate");
        assertRefused("/api/tiles/roads/14/1/2.5.mvt", "y", "'2.5' is not a tile coordinate");
        assertRefused("/api/tiles/roads/14/1/99999999999.mvt", "y", "is not a tile coordinate");
        assertRefused("/api/tiles/roads/3/1/2.mvt", "z", "3 is not a zoom of the road tiles; use 5 to 18");
        assertRefused("/api/tiles/roads/25/1/2.mvt", "z", "use 5 to 18");
        assertRefused("/api/tiles/roads/5/32/2.mvt", "x", "32 is outside zoom 5; use 0 to 31");
        assertRefused("/api/tiles/roads/5/2/40.mvt", "y", "40 is outside zoom 5; use 0 to 31");
        assertRefused("/api/tiles/roads/14/1/2.mvt?format=png", "format", "unknown parameter");
        assertThat(islamabad.get("/api/tiles/roads/14/1/2.png").status()).isEqualTo(404);
        assertThat(islamabad.get("/api/tiles/roads.json").status()).isEqualTo(200);
    }

    private void assertRefused(String path, String parameter, String message) {
        TestServer.Reply reply = islamabad.get(path);
        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.json().get("parameter").asText()).as(path).isEqualTo(parameter);
        assertThat(reply.json().get("message").asText()).as(path).contains(message);
    }

    @Test
    void theTileJsonSaysWhereTheRoadsAreAndFromWhichZoomEachClassIsDrawn() {
        TestServer.Reply reply = islamabad.get("/api/tiles/roads.json");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode tileJson = reply.json();
        assertThat(tileJson.get("tilejson").asText()).isEqualTo("3.0.0");
        assertThat(tileJson.get("tiles").get(0).asText()).isEqualTo(StreetApi.TILE_URL);
        assertThat(tileJson.get("minzoom").asInt()).isEqualTo(5);
        assertThat(tileJson.get("maxzoom").asInt()).isEqualTo(18);
        assertThat(tileJson.get("bounds").get(0).asDouble()).isBetween(72.6, 73.0);
        assertThat(tileJson.get("bounds").get(3).asDouble()).isBetween(33.7, 33.9);
        assertThat(tileJson.get("attribution").asText()).contains("OpenStreetMap contributors", "ODbL");
        assertThat(tileJson.at("/vector_layers/0/id").asText()).isEqualTo("roads");
        assertThat(tileJson.at("/vector_layers/0/fields").fieldNames()).toIterable()
                .containsExactly("class", "name", "ref", "way_id");
        assertThat(tileJson.at("/class_minzoom/motorway").asInt()).isEqualTo(5);
        assertThat(tileJson.at("/class_minzoom/residential").asInt()).isEqualTo(13);
        assertThat(tileJson.at("/class_minzoom").size()).isEqualTo(RoadLayer.HIGHWAY_CLASSES.size());
        assertThat(tileJson.get("segments").asInt()).isEqualTo(islamabad.dataset.roads().segmentCount());
        assertThat(islamabad.get("/api/summary").json().get("road_segments").asInt())
                .isEqualTo(islamabad.dataset.roads().segmentCount()).isGreaterThan(40_000);
    }

    @Test
    void aDatasetWithoutRoadsAnswers404WithTheReason() {
        for (String path : new String[] {"/api/tiles/roads/14/11516/6561.mvt", "/api/tiles/roads.json"}) {
            TestServer.Reply reply = builtIn.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("message").asText()).as(path).contains("no street-level roads (no roads.bin)",
                    "corridor import osm");
        }
        assertThat(builtIn.get("/api/tiles/roads/3/0/0.mvt").status()).isEqualTo(400);
        assertThat(builtIn.get("/api/summary").json().get("road_segments").asInt()).isZero();
    }
}
