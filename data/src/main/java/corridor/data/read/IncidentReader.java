package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.geo.GeoPoint;
import corridor.model.record.Incident;
import corridor.model.source.Provenance;

import java.time.LocalDate;
import java.util.List;

/** Reads incidents.geojson: security incidents (Points) with their date, target and casualties. */
final class IncidentReader {

    /** {@code incidents.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<Incident> FILE = LayerFile.geoJson(DatasetFiles.INCIDENTS,
            List.of("id", "date", "place", "target", "source"),
            List.of("killed", "injured", "claimed_by", "confidence", "note"), IncidentReader::incident);

    private static Incident incident(Row row, JsonNode geometry) {
        String id = row.id("id");
        LocalDate date = row.date("date", true);
        String place = row.required("place");
        Integer killed = row.wholeNumber("killed", 0, 100_000);
        Integer injured = row.wholeNumber("injured", 0, 100_000);
        String target = row.required("target");
        String claimedBy = row.text("claimed_by");
        Provenance provenance = row.provenance();
        GeoPoint location = GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Incident(id, date, place, location, killed, injured, target, claimedBy, provenance);
    }

    private IncidentReader() {
    }
}
