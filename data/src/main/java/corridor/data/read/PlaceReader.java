package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.network.BorderRule;
import corridor.model.network.BorderService;
import corridor.model.geo.GeoPoint;
import corridor.model.network.HubService;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.source.Confidence;
import corridor.model.source.Provenance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads places.geojson: cities, ports, dry ports, border crossings and junctions (Points), with
 * the dwell and handling of a hub and the crossing time and fee of a border, and a border's
 * sourced {@code truck_rule}.
 */
final class PlaceReader {

    /** {@code places.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<Place> FILE = LayerFile.geoJson(DatasetFiles.PLACES,
            List.of("id", "name", "kind", "country", "source"),
            List.of("aliases", "province", "dwell_hours", "handling_cost_usd_per_tonne", "crossing_hours",
                    "crossing_fee_usd_per_tonne", "cost_year", "confidence", "note", "truck_rule", "truck_rule_at",
                    "truck_rule_text", "truck_rule_source", "truck_rule_confidence", "truck_rule_note"),
            PlaceReader::place);

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** The longest dwell or crossing, hours: 30 days. */
    private static final double MAX_HOURS = 720;
    /** The highest handling cost or crossing fee, USD a tonne. */
    private static final double MAX_HUB_COST_USD_PER_TONNE = 1000;

    private static Place place(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> aliases = row.list("aliases");
        PlaceKind kind = row.enumValue("kind", PlaceKind.class, true);
        String country = row.required("country");
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            row.error("country", "invalid country '" + country + "'; expected an ISO 3166-1 alpha-2 code such as PK");
        }
        String province = row.text("province");
        Double dwell = row.number("dwell_hours", 0, MAX_HOURS, "hours");
        Double handling = row.number("handling_cost_usd_per_tonne", 0, MAX_HUB_COST_USD_PER_TONNE, "USD per tonne");
        Double crossing = row.number("crossing_hours", 0, MAX_HOURS, "hours");
        Double fee = row.number("crossing_fee_usd_per_tonne", 0, MAX_HUB_COST_USD_PER_TONNE, "USD per tonne");
        Integer costYear = LayerFields.costYear(row, handling != null || fee != null);
        Provenance provenance = row.provenance();
        BorderRule truckRule = truckRule(row);
        if (truckRule != null && kind != PlaceKind.BORDER_CROSSING) {
            row.error("truck_rule", "only a border_crossing has a truck rule; this place is " + row.text("kind"));
        }
        GeoPoint location = GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        HubService hub = kind.isModalHub() || dwell != null || handling != null
                ? new HubService(dwell, handling, costYear) : null;
        BorderService border = kind == PlaceKind.BORDER_CROSSING || crossing != null || fee != null
                ? new BorderService(crossing, fee, costYear, null, truckRule) : null;
        return new Place(id, name, aliases, kind, location, country, province, hub, border, provenance);
    }

    /**
     * The crossing's {@code truck_rule} (which trucks cross, where goods change trucks) with its own
     * sources; null when the feature has none. Whether {@code truck_rule_at} names a place is a
     * cross-file rule ({@code BorderRules}).
     */
    private static BorderRule truckRule(Row row) {
        BorderRule.Kind kind = row.enumValue("truck_rule", BorderRule.Kind.class, false);
        if (kind == null) {
            for (String field : List.of("truck_rule_at", "truck_rule_text", "truck_rule_source")) {
                if (!row.quietText(field).isEmpty() && row.text("truck_rule").isEmpty()) {
                    row.error(field, field + " given without truck_rule (transshipment or trucks_cross)");
                }
            }
            return null;
        }
        String at = row.optionalId("truck_rule_at");
        String text = row.required("truck_rule_text");
        if (row.required("truck_rule_source").isEmpty()) {
            return null;
        }
        List<String> sourceIds = row.idList("truck_rule_source");
        Confidence confidence = row.text("truck_rule_confidence").isEmpty() ? Confidence.REPORTED
                : row.enumValue("truck_rule_confidence", Confidence.class, false);
        if (kind == BorderRule.Kind.TRANSSHIPMENT && at.isEmpty()) {
            row.error("truck_rule_at", "a transshipment rule needs the place where goods change trucks");
        }
        if (text.isEmpty() || confidence == null || row.failed()) {
            return null;
        }
        return new BorderRule(kind, at.isEmpty() ? null : at, text,
                new Provenance(sourceIds, confidence, row.text("truck_rule_note")));
    }

    private PlaceReader() {
    }
}
