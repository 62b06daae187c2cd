package corridor.server.street;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A road tile read back with the same library's decoder, its features with their properties and points in degrees. */
record DecodedTile(int z, int x, int y, List<Feature> features) {

    /** A feature: its id, properties ({@code class}, {@code name}, {@code ref}, {@code way_id}) and tile geometry. */
    record Feature(long id, Map<String, Object> properties, Geometry geometry) {

        String highwayClass() {
            return (String) properties.get("class");
        }
    }

    static DecodedTile of(byte[] bytes, int z, int x, int y) {
        List<Feature> features = new ArrayList<>();
        if (bytes.length > 0) {
            try {
                JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(bytes), new GeometryFactory(),
                        new TagKeyValueMapConverter(false, "id"));
                JtsLayer layer = mvt.getLayer(RoadTiles.LAYER);
                if (layer == null || mvt.getLayers().size() != 1) {
                    throw new AssertionError("a road tile has one layer, roads; this one has " + mvt.getLayersByName().keySet());
                }
                for (Geometry geometry : layer.getGeometries()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> properties = (Map<String, Object>) geometry.getUserData();
                    features.add(new Feature((Long) properties.remove("id"), properties, geometry));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DecodedTile(z, x, y, features);
    }

    /** The tile of zoom {@code z} holding a point: {x, y}. */
    static int[] tileOf(double lat, double lon, int z) {
        double n = 1L << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double phi = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    /** A point of a feature, in tile units, as {lat, lon} in degrees. */
    double[] degrees(Coordinate point) {
        double n = 1L << z;
        double lon = (x + point.x / RoadTiles.EXTENT) / n * 360 - 180;
        double fromNorth = (y + point.y / RoadTiles.EXTENT) / n;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * fromNorth))));
        return new double[] {lat, lon};
    }
}
