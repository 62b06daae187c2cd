package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.geo.GeoPoint;
import corridor.model.record.MineralArea;
import corridor.model.record.MineralStatus;
import corridor.model.source.Provenance;

import java.util.List;

/**
 * Reads minerals.geojson: mineral areas, a Point or a Polygon (whose location is then the mean of
 * its outer ring's vertices).
 */
final class MineralReader {

    /** {@code minerals.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<MineralArea> FILE = LayerFile.geoJson(DatasetFiles.MINERALS,
            List.of("id", "name", "minerals", "status", "source"),
            List.of("operator", "confidence", "note"), MineralReader::mineral);

    private static MineralArea mineral(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> minerals = row.list("minerals");
        if (minerals.isEmpty() && row.text("minerals").isEmpty()) {
            row.error("minerals", "missing required value");
        }
        MineralStatus status = row.enumValue("status", MineralStatus.class, true);
        String operator = row.text("operator");
        Provenance provenance = row.provenance();
        GeoPoint location = null;
        List<GeoPoint> outline = List.of();
        if (geometry != null && "Polygon".equals(GeoJsonLayer.type(geometry))) {
            outline = ring(row, geometry);
            if (outline != null) {
                location = centre(outline);
            }
        } else if (geometry == null || "Point".equals(GeoJsonLayer.type(geometry))) {
            location = GeoJsonLayer.point(row, geometry);
        } else {
            row.error("geometry", "expected a Point or a Polygon, got " + GeoJsonLayer.describeType(geometry));
        }
        if (row.failed()) {
            return null;
        }
        return new MineralArea(id, name, minerals, status, operator, location, outline, provenance);
    }

    /** The outer ring of a Polygon; it must be closed and have at least four positions. */
    private static List<GeoPoint> ring(Row row, JsonNode polygon) {
        JsonNode rings = polygon.get("coordinates");
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            row.error("geometry", "a Polygon needs at least one ring");
            return null;
        }
        List<GeoPoint> outer = GeoJsonLayer.positions(row, rings.get(0));
        if (outer == null) {
            return null;
        }
        if (outer.size() < 4) {
            row.error("geometry", "a Polygon ring needs at least four positions, got " + outer.size());
            return null;
        }
        if (!outer.get(0).equals(outer.get(outer.size() - 1))) {
            row.error("geometry", "the Polygon ring is not closed: its last position must repeat its first");
            return null;
        }
        return outer;
    }

    /** The mean of a closed ring's vertices (without the repeated last), a point inside a convex area. */
    private static GeoPoint centre(List<GeoPoint> ring) {
        double latitude = 0;
        double longitude = 0;
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
            latitude += ring.get(i).latitude();
            longitude += ring.get(i).longitude();
        }
        return new GeoPoint(latitude / n, longitude / n);
    }

    private MineralReader() {
    }
}
