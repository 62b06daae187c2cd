package corridor.server.street;

import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.RoundingFilter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The segments of one street-level {@link RoadLayer} as Mapbox Vector Tiles (MVT 2.1, Web Mercator, the XYZ
 * scheme of web maps: tile {@code 0/0/0} is the world, {@code y} counts from the north): one layer
 * {@value #LAYER}, extent {@value #EXTENT}, one line feature per segment, clipped to the tile with a buffer
 * of {@value #BUFFER} units (by the encoder's {@link JtsAdapter#createTileGeom}; a segment wholly inside is only
 * moved and rounded) and simplified to a quarter of a screen pixel at 256 px a tile. Each feature's id is
 * the segment's index in the layer; its properties are {@code class} (the OSM highway class), {@code name} and
 * {@code ref} (left out when the way has none) and {@code way_id} (the OSM way). A class appears from its
 * {@link #minZoom(String) minimum zoom} on, so that a city's residential streets do not fill the tiles of a
 * country.
 *
 * <p>The segments are indexed once, in one R-tree (JTS {@link STRtree}) per minimum zoom, so that a tile
 * visits only the segments of the classes shown at its zoom that may cross it, never all of them.
 *
 * <p>Immutable once built and thread-safe: the trees are built in the constructor and only read after.
 */
public final class RoadTiles {

    /** The name of the tiles' one layer. */
    public static final String LAYER = "roads";
    /** Tile coordinates run from 0 to this on each axis. */
    public static final int EXTENT = 4096;
    /** Tile units a line runs past each edge, so that lines meet without a gap at the joins of tiles. */
    public static final int BUFFER = 64;
    /** The deepest zoom served; a web map zooms past it by scaling the tiles of this zoom. */
    public static final int MAX_ZOOM = 18;
    /** The lowest zoom served: below it a tile would hold a whole continent of motorways. */
    public static final int MIN_ZOOM = 5;
    /** Douglas-Peucker tolerance in tile units: a quarter of a screen pixel when a tile is drawn 256 px wide. */
    private static final double SIMPLIFY_UNITS = EXTENT / 256.0 / 4;
    /** Latitude where Web Mercator ends (the world is then a square), in degrees. */
    private static final double MAX_LATITUDE = 85.05112878;

    /** The zoom from which each class of {@link RoadLayer#HIGHWAY_CLASSES} appears, in that order. */
    private static final int[] MIN_ZOOM_BY_CLASS = {
        MIN_ZOOM, 10, // motorway, motorway_link
        MIN_ZOOM, 10, // trunk, trunk_link
        8, 11,        // primary, primary_link
        10, 12,       // secondary, secondary_link
        11, 12,       // tertiary, tertiary_link
        13,           // unclassified
        13, 14,       // residential, living_street
        14,           // service
        13,           // road
    };
    private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final RoadLayer roads;
    /** One R-tree per minimum zoom, of the segments whose class starts there (items: segment indexes). */
    private final TreeMap<Integer, STRtree> byMinZoom = new TreeMap<>();
    private final double[] boundsDegrees;
    private final IUserDataConverter tags;

    /**
     * Indexes {@code roads}: one pass over its segments (0.24 s for the 46,277 segments of the Islamabad extract
     * imported with every class, on a busy two-core machine).
     *
     * @throws IllegalArgumentException when the layer has no segment ({@link RoadLayer#EMPTY})
     */
    public RoadTiles(RoadLayer roads) {
        if (roads.isEmpty()) {
            throw new IllegalArgumentException("a road layer without segments has no tiles");
        }
        if (MIN_ZOOM_BY_CLASS.length != RoadLayer.HIGHWAY_CLASSES.size()) {
            throw new IllegalStateException("a minimum zoom is missing for a highway class");
        }
        this.roads = roads;
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int s = 0; s < roads.segmentCount(); s++) {
            Envelope envelope = new Envelope();
            for (int k = 0; k < roads.pointCount(s); k++) {
                double lon = roads.pointLon(s, k);
                double lat = roads.pointLat(s, k);
                envelope.expandToInclude(worldX(lon), worldY(lat));
                bounds[0] = Math.min(bounds[0], lon);
                bounds[1] = Math.min(bounds[1], lat);
                bounds[2] = Math.max(bounds[2], lon);
                bounds[3] = Math.max(bounds[3], lat);
            }
            byMinZoom.computeIfAbsent(minZoom(roads.highwayClass(s)), z -> new STRtree()).insert(envelope, s);
        }
        byMinZoom.values().forEach(STRtree::build);
        this.boundsDegrees = bounds;
        this.tags = this::addTags;
    }

    /**
     * The zoom from which segments of an OSM highway class appear in the tiles ({@value #MIN_ZOOM} for
     * motorways and trunk roads, 13 for residential streets, 14 for service roads).
     *
     * @throws IllegalArgumentException for a class not in {@link RoadLayer#HIGHWAY_CLASSES}
     */
    public static int minZoom(String highwayClass) {
        int index = RoadLayer.HIGHWAY_CLASSES.indexOf(highwayClass);
        if (index < 0) {
            throw new IllegalArgumentException("'" + highwayClass + "' is not a highway class of the road layer");
        }
        return MIN_ZOOM_BY_CLASS[index];
    }

    private static int minZoom(int highwayClass) {
        // A class index outside the table (a newer file) is drawn with the streets, from the deepest class zoom.
        return highwayClass >= 0 && highwayClass < MIN_ZOOM_BY_CLASS.length ? MIN_ZOOM_BY_CLASS[highwayClass] : 14;
    }

    /** Each highway class with the zoom from which it appears, in {@link RoadLayer#HIGHWAY_CLASSES} order. */
    public static Map<String, Integer> minZoomByClass() {
        Map<String, Integer> zooms = new LinkedHashMap<>();
        for (int c = 0; c < MIN_ZOOM_BY_CLASS.length; c++) {
            zooms.put(RoadLayer.HIGHWAY_CLASSES.get(c), MIN_ZOOM_BY_CLASS[c]);
        }
        return zooms;
    }

    /** The layer these tiles are cut from. */
    public RoadLayer roads() {
        return roads;
    }

    /** West, south, east and north edges of the roads, in degrees (a copy). */
    public double[] boundsDegrees() {
        return boundsDegrees.clone();
    }

    /**
     * Tile {@code z/x/y} encoded as MVT: the segments of the classes shown at zoom {@code z} that cross the
     * tile (with its buffer). Empty (no byte) when none does.
     *
     * @throws InputException when {@code z} is outside {@value #MIN_ZOOM}..{@value #MAX_ZOOM} or {@code x} or
     *                        {@code y} outside 0..2<sup>z</sup>-1
     */
    public byte[] tile(int z, int x, int y) {
        requireTile(z, x, y);
        double size = 1.0 / (1L << z);
        Envelope tile = new Envelope(x * size, (x + 1) * size, 1 - (y + 1) * size, 1 - y * size);
        Envelope clip = new Envelope(tile);
        clip.expandBy(size * BUFFER / EXTENT);
        List<Integer> found = new ArrayList<>();
        for (STRtree tree : byMinZoom.headMap(z, true).values()) {
            tree.query(clip, item -> found.add((Integer) item));
        }
        if (found.isEmpty()) {
            return new byte[0];
        }
        found.sort(null); // the same tile is the same bytes, whatever order the trees gave
        double tolerance = size * SIMPLIFY_UNITS / EXTENT;
        VectorTile.Tile.Layer.Builder layer = MvtUtil.newLayerBuilder(LAYER, PARAMS);
        MvtLayerProps props = new MvtLayerProps();
        AffineTransformation toTile = toTile(tile);
        for (int segment : found) {
            Geometry world = worldLine(segment, tolerance);
            Geometry cut;
            if (clip.contains(world.getEnvelopeInternal())) {
                // Wholly inside: moved to tile units and rounded, as createTileGeom would, without its
                // intersection and topology-preserving pass (most of a dense tile's time); the encoder
                // drops repeated points and lines that shrink to one.
                cut = toTile.transform(world);
                cut.apply(RoundingFilter.INSTANCE);
                cut.setUserData(segment);
            } else {
                cut = JtsAdapter.createTileGeom(world, tile, clip, GEOMETRY, PARAMS, g -> g.getLength() > 0);
            }
            JtsAdapter.addFeatures(layer, cut, props, tags);
        }
        if (layer.getFeaturesCount() == 0) {
            return new byte[0];
        }
        MvtUtil.writeProps(layer, props);
        return VectorTile.Tile.newBuilder().addLayers(layer.build()).build().toByteArray();
    }

    /**
     * Checks a tile address.
     *
     * @throws InputException naming the part that is wrong ({@code z}, {@code x} or {@code y}) and its range
     */
    public static void requireTile(int z, int x, int y) {
        if (z < MIN_ZOOM || z > MAX_ZOOM) {
            throw InputException.ofParameter("z", z + " is not a zoom of the road tiles; use " + MIN_ZOOM + " to "
                    + MAX_ZOOM);
        }
        long last = (1L << z) - 1;
        if (x < 0 || x > last) {
            throw InputException.ofParameter("x", x + " is outside zoom " + z + "; use 0 to " + last);
        }
        if (y < 0 || y > last) {
            throw InputException.ofParameter("y", y + " is outside zoom " + z + "; use 0 to " + last);
        }
    }

    /** World units to tile units (y down), the transformation {@link JtsAdapter#createTileGeom} applies. */
    private static AffineTransformation toTile(Envelope tile) {
        AffineTransformation t = new AffineTransformation();
        t.translate(-tile.getMinX(), -tile.getMinY());
        t.scale(EXTENT / tile.getWidth(), -EXTENT / tile.getHeight());
        t.translate(0, EXTENT);
        return t;
    }

    /** The segment in world units (Web Mercator scaled to 0..1, y up), simplified within {@code tolerance}. */
    private Geometry worldLine(int segment, double tolerance) {
        int count = roads.pointCount(segment);
        Coordinate[] points = new Coordinate[count];
        for (int k = 0; k < count; k++) {
            points[k] = new Coordinate(worldX(roads.pointLon(segment, k)), worldY(roads.pointLat(segment, k)));
        }
        LineString line = GEOMETRY.createLineString(points);
        Geometry simple = count > 2 ? DouglasPeuckerSimplifier.simplify(line, tolerance) : line;
        simple.setUserData(segment);
        return simple;
    }

    private void addTags(Object userData, MvtLayerProps props, VectorTile.Tile.Feature.Builder feature) {
        int segment = (Integer) userData;
        feature.setId(segment);
        int highway = roads.highwayClass(segment);
        tag(props, feature, "class", highway >= 0 && highway < RoadLayer.HIGHWAY_CLASSES.size()
                ? RoadLayer.HIGHWAY_CLASSES.get(highway) : "road");
        tag(props, feature, "name", roads.name(segment));
        tag(props, feature, "ref", roads.ref(segment));
        tag(props, feature, "way_id", roads.wayId(segment));
    }

    private static void tag(MvtLayerProps props, VectorTile.Tile.Feature.Builder feature, String key, Object value) {
        if (value instanceof String text && text.isEmpty()) {
            return;
        }
        feature.addTags(props.addKey(key));
        feature.addTags(props.addValue(value));
    }

    private static double worldX(double lon) {
        return (lon + 180) / 360;
    }

    private static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double phi = Math.toRadians(clamped);
        return 0.5 + Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
    }

    @Override
    public String toString() {
        return "RoadTiles[" + roads.segmentCount() + " segments, bounds " + Arrays.toString(boundsDegrees) + "]";
    }
}
