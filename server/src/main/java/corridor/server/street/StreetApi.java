package corridor.server.street;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.match.MatchFormat;
import corridor.api.match.TraceMatching;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.model.vehicle.Vehicle;
import corridor.monitor.trace.TraceMatch;
import corridor.server.dataset.PerRoadLayer;
import corridor.server.http.ApiError;
import corridor.server.http.BoundedBody;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The street-level endpoints, over the served dataset's imported roads (roads.bin); what each builds of
 * them is built once per road layer served ({@link PerRoadLayer}). Thread-safe.
 *
 * <ul>
 * <li>{@code POST /api/match[?format=geojson|gpx|csv][&vehicle=ID]}: the body is a GPS trace as GPX, GeoJSON or
 * CSV text (UTF-8, at most {@link #MAX_BODY_BYTES}); the answer is the matched trace in the asked format, the
 * same text {@code corridor match --format F [--vehicle ID]} prints; with a vehicle the match keeps off the
 * roads it may not use. 400 for a body that is not a trace (naming where and why), 413 over the bound, 422
 * when the dataset has no street-level roads.</li>
 * <li>The roads as vector tiles for the map: {@code GET /api/tiles/roads/{z}/{x}/{y}.mvt} (Mapbox Vector
 * Tile, {@value #MVT}; 204 without a body when no road of the zoom's classes crosses the tile) and
 * {@code GET /api/tiles/roads.json} (TileJSON 3.0: the tiles' address, zooms, bounds, layer and fields, and
 * the zoom each highway class appears from). 400 for a tile address that is not one (naming z, x or y and
 * the range), 404 with the reason when the served dataset has no street-level roads ({@link RoadTiles}).</li>
 * </ul>
 */
public final class StreetApi {

    /** Largest trace body accepted, in bytes (about 25,000 GPX points with extensions). */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** The media type of a Mapbox Vector Tile. */
    public static final String MVT = "application/vnd.mapbox-vector-tile";
    /** The tiles' address as the page and TileJSON give it. */
    public static final String TILE_URL = "/api/tiles/roads/{z}/{x}/{y}.mvt";
    /** A tile coordinate: a whole number of at most 7 digits (zoom 18 has 262,144 tiles a side). */
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,7}");

    private final Supplier<Dataset> dataset;
    /** The matching service and the tiles of the last road layer served (rebuilt when an upload changes it). */
    private final PerRoadLayer<TraceMatching> matching = new PerRoadLayer<>(TraceMatching::new);
    private final PerRoadLayer<RoadTiles> tiles = new PerRoadLayer<>(RoadTiles::new);

    /** @param dataset the dataset served at the time of each request */
    public StreetApi(Supplier<Dataset> dataset) {
        this.dataset = dataset;
    }

    /** Registers the endpoints. */
    public void register(JavalinConfig config) {
        Endpoint.MATCH.register(config, dataset, this::match);
        Endpoint.ROAD_TILE.register(config, dataset, this::tile);
        Endpoint.ROAD_TILEJSON.register(config, dataset, this::tileJson);
    }

    private void match(Context ctx, Dataset served) {
        Params params = Params.of(ctx, "format", "vehicle");
        MatchFormat format = MatchFormat.parse(params.text("format").orElse(null), "format");
        Vehicle vehicle = TraceMatching.vehicle(served, params.text("vehicle").orElse(null), "vehicle");
        byte[] bytes = BoundedBody.read(ctx, MAX_BODY_BYTES, "a trace");
        String text = RequestText.utf8(bytes, "request body", "");
        TraceMatching service = matching.of(streets(served, () -> new HttpResponseException(422, "the served dataset "
                + "has no street-level roads to match on; serve a dataset with an imported OpenStreetMap extract "
                + "(corridor serve --data DIR)")));
        TraceMatch match = service.match(text, "request body", vehicle);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.result(service.render(match, format, "trace"));
    }

    private void tile(Context ctx, Dataset served) {
        Params.of(ctx);
        int z = coordinate(ctx, "z");
        int x = coordinate(ctx, "x");
        int y = coordinate(ctx, "y");
        RoadTiles.requireTile(z, x, y);
        byte[] tile = tiles(served).tile(z, x, y);
        if (tile.length == 0) {
            ctx.status(204);
            return;
        }
        ctx.contentType(MVT).result(tile);
    }

    private void tileJson(Context ctx, Dataset served) {
        Params.of(ctx);
        RoadTiles roadTiles = tiles(served);
        RoadLayer roads = roadTiles.roads();
        ObjectNode body = Json.object();
        body.put("tilejson", "3.0.0");
        body.put("name", "roads");
        body.put("description", "the street-level roads of the served dataset (roads.bin), one line per segment");
        body.putArray("tiles").add(TILE_URL);
        body.put("minzoom", RoadTiles.MIN_ZOOM);
        body.put("maxzoom", RoadTiles.MAX_ZOOM);
        ArrayNode bounds = body.putArray("bounds");
        for (double edge : roadTiles.boundsDegrees()) {
            bounds.add(edge);
        }
        if (roads.origin() != null) {
            body.put("attribution", roads.origin().attribution());
        }
        ObjectNode layer = body.putArray("vector_layers").addObject();
        layer.put("id", RoadTiles.LAYER);
        layer.put("description", "one line per road segment (junction to junction), clipped to the tile");
        layer.put("minzoom", RoadTiles.MIN_ZOOM);
        layer.put("maxzoom", RoadTiles.MAX_ZOOM);
        ObjectNode fields = layer.putObject("fields");
        fields.put("class", "String: the OSM highway class (motorway, primary, residential, ...)");
        fields.put("name", "String: the way's name; absent when it has none");
        fields.put("ref", "String: the way's ref (N-5); absent when it has none");
        fields.put("way_id", "Number: the OSM way the segment is part of");
        body.set("class_minzoom", Json.MAPPER.valueToTree(RoadTiles.minZoomByClass()));
        body.put("segments", roads.segmentCount());
        ctx.json(body);
    }

    private RoadTiles tiles(Dataset served) {
        return tiles.of(streets(served, () -> ApiError.notFound("the served dataset has no street-level roads (no "
                + "roads.bin), so no road tiles; import an OpenStreetMap extract (corridor import osm FILE.osm.pbf "
                + "--into DIR) and serve it (corridor serve --data DIR)")));
    }

    /** The served dataset's street-level roads; what {@code none} gives is thrown when it has none. */
    private static RoadLayer streets(Dataset served, Supplier<? extends RuntimeException> none) {
        RoadLayer roads = served.roads();
        if (roads.isEmpty()) {
            throw none.get();
        }
        return roads;
    }

    private static int coordinate(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!WHOLE.matcher(text).matches()) {
            throw InputException.ofParameter(name, "'" + abbreviated(text) + "' is not a tile coordinate; expected a "
                    + "whole number from 0 (" + TILE_URL + ")");
        }
        return Integer.parseInt(text);
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
