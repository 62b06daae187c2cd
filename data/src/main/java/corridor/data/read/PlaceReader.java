package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.network.BorderService;
import corridor.model.geo.GeoPoint;
import corridor.model.network.HubService;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.source.Provenance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads places.geojson: cities, ports, dry ports, border crossings and junctions (Points), with
 * the dwell and handling of a hub and the crossing time and fee of a border.
 */
final class PlaceReader {

    /** {@code places.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<Place> FILE = LayerFile.geoJson(DatasetFiles.PLACES,
            List.of("id", "name", "kind", "country", "source"),
            List.of("aliases", "province", "dwell_hours", "handling_cost_usd_per_tonne", "crossing_hours",
                    "crossing_fee_usd_per_tonne", "cost_year", "confidence", "note"), PlaceReader::place);

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
        GeoPoint location = GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        HubService hub = kind.isModalHub() || dwell != null || handling != null
                ? new HubService(dwell, handling, costYear) : null;
        BorderService border = kind == PlaceKind.BORDER_CROSSING || crossing != null || fee != null
                ? new BorderService(crossing, fee, costYear, null) : null;
        return new Place(id, name, aliases, kind, location, country, province, hub, border, provenance);
    }

    private PlaceReader() {
    }
}
