package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import corridor.model.network.RoadClass;
import corridor.model.network.Terrain;

import java.util.List;

/**
 * Reads links.geojson: roads, railways, sea lanes and transfers between two places (LineStrings),
 * with their published length, speeds, costs, status and the links that supersede them.
 */
final class LinkReader {

    /** {@code links.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<Link> FILE = LayerFile.geoJson(DatasetFiles.LINKS,
            List.of("id", "name", "mode", "from", "to", "status", "source"),
            List.of("distance_km", "speed_kmh", "design_speed_kmh", "cost_usd_per_tonne_km", "co2_kg_per_tonne_km",
                    "project", "superseded_by", "length_from_geometry", "road_class", "terrain", "confidence",
                    "note"), LinkReader::link);

    /** The longest a link can be, km: the Earth's circumference. */
    private static final double MAX_DISTANCE_KM = 40_075;

    private static Link link(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        Mode mode = row.enumValue("mode", Mode.class, true);
        String from = row.id("from");
        String to = row.id("to");
        if (!from.isEmpty() && from.equals(to)) {
            row.error("to", "a link must join two different places; both ends are '" + from + "'");
        }
        Double distance = row.number("distance_km", 0, MAX_DISTANCE_KM, "km");
        Double speed = LayerFields.speed(row, "speed_kmh", mode);
        Double designSpeed = LayerFields.speed(row, "design_speed_kmh", mode);
        Double cost = LayerFields.costUsdPerTonneKm(row);
        Double co2 = LayerFields.co2KgPerTonneKm(row);
        LinkStatus status = row.enumValue("status", LinkStatus.class, true);
        String project = row.optionalId("project");
        List<String> supersededBy = supersededBy(row, id, status);
        String lengthReason = row.text("length_from_geometry");
        if (distance != null && !lengthReason.isEmpty()) {
            row.error("length_from_geometry", "says the length is the geometry's, but distance_km "
                    + row.text("distance_km") + " is published; keep one of them");
        }
        RoadClass roadClass = roadOnly(row, "road_class", RoadClass.class, "a road class", mode);
        Terrain terrain = roadOnly(row, "terrain", Terrain.class, "a terrain", mode);
        Provenance provenance = row.provenance();
        Polyline line = lineString(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Link(id, name, mode, from, to, distance, speed, designSpeed, cost, co2, status, project,
                supersededBy, line, provenance, lengthReason, roadClass, terrain);
    }

    /** The ids of the links that replace this one: given exactly when it is superseded, never its own. */
    private static List<String> supersededBy(Row row, String id, LinkStatus status) {
        List<String> supersededBy = row.idList("superseded_by");
        if (status != null && status != LinkStatus.SUPERSEDED && !supersededBy.isEmpty()) {
            row.error("superseded_by", "only a link with status superseded is superseded; this one is "
                    + status.name().toLowerCase());
        } else if (status == LinkStatus.SUPERSEDED && supersededBy.isEmpty()) {
            row.error("superseded_by", "a superseded link needs the ids of the links that replace it");
        }
        if (supersededBy.contains(id)) {
            row.error("superseded_by", "a link cannot supersede itself");
        }
        return supersededBy;
    }

    /** An optional property only a road link may have ({@code what}: "a road class"); null when empty. */
    private static <E extends Enum<E>> E roadOnly(Row row, String field, Class<E> type, String what, Mode mode) {
        E value = row.text(field).isEmpty() ? null : row.enumValue(field, type, false);
        if (value != null && mode != null && mode != Mode.ROAD) {
            row.error(field, "only a road link has " + what + "; this one is " + mode.name().toLowerCase());
        }
        return value;
    }

    private static Polyline lineString(Row row, JsonNode geometry) {
        if (geometry == null) {
            row.error("geometry", "missing; expected a LineString");
            return null;
        }
        if (!"LineString".equals(GeoJsonLayer.type(geometry))) {
            row.error("geometry", "expected a LineString, got " + GeoJsonLayer.describeType(geometry));
            return null;
        }
        List<GeoPoint> points = GeoJsonLayer.positions(row, geometry.get("coordinates"));
        if (points == null) {
            return null;
        }
        if (points.size() < 2) {
            row.error("geometry", "a LineString needs at least two positions, got " + points.size());
            return null;
        }
        return new Polyline(points);
    }

    private LinkReader() {
    }
}
