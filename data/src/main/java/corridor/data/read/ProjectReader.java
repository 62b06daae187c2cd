package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.geo.GeoPoint;
import corridor.model.record.Money;
import corridor.model.record.Pillar;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.source.Provenance;
import corridor.model.record.Sector;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads projects.geojson: the corridor's projects (a Point, or no geometry when the location is
 * unknown), with their cost, capacity, jobs, dates and AidData record ids.
 */
final class ProjectReader {

    /** {@code projects.geojson}: its properties, required then optional, and how a feature becomes a record. */
    static final LayerFile<Project> FILE = LayerFile.geoJson(DatasetFiles.PROJECTS,
            List.of("id", "name", "phase", "sector", "status", "source"),
            List.of("pillar", "cost_amount", "cost_currency", "cost_year", "capacity_value", "capacity_unit", "jobs",
                    "place", "start", "completion", "aiddata_id", "confidence", "note"), ProjectReader::project);

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern AIDDATA_ID = Pattern.compile("[1-9][0-9]{0,11}");

    private static Project project(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        String phase = row.required("phase");
        if (!phase.isEmpty() && !phase.equals("1") && !phase.equals("2.0")) {
            row.error("phase", "unknown phase '" + phase + "'; expected 1 or 2.0");
        }
        Pillar pillar = row.enumValue("pillar", Pillar.class, false);
        Sector sector = row.enumValue("sector", Sector.class, true);
        ProjectStatus status = row.enumValue("status", ProjectStatus.class, true);
        Money cost = money(row);
        Double capacity = row.number("capacity_value", 0, 1e12, "");
        String capacityUnit = row.text("capacity_unit");
        if (capacity != null && capacityUnit.isEmpty()) {
            row.error("capacity_unit", "required with capacity_value");
        } else if (capacity == null && !capacityUnit.isEmpty() && row.text("capacity_value").isEmpty()) {
            row.error("capacity_value", "capacity_unit is given without a capacity_value");
        }
        Integer jobs = row.wholeNumber("jobs", 0, 100_000_000);
        String placeId = row.optionalId("place");
        String start = row.partialDate("start");
        String completion = row.partialDate("completion");
        List<String> aiddataIds = aiddataIds(row);
        Provenance provenance = row.provenance();
        GeoPoint location = geometry == null ? null : GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Project(id, name, phase, pillar, sector, status, cost, capacity, capacityUnit, jobs, placeId,
                location, start, completion, provenance, aiddataIds);
    }

    /** AidData GCDF record ids, ';'-separated whole numbers, each at most once. */
    private static List<String> aiddataIds(Row row) {
        List<String> ids = row.list("aiddata_id");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!AIDDATA_ID.matcher(id).matches()) {
                row.error("aiddata_id", "invalid AidData record id '" + id
                        + "'; expected the record's number (as in china.aiddata.org/projects/92475), several separated by ';'");
            } else if (ids.subList(0, i).contains(id)) {
                row.error("aiddata_id", "AidData record id " + id + " is given twice");
            }
        }
        return ids;
    }

    /** The project's cost: an amount with its currency (ISO 4217) and the year of the money. */
    private static Money money(Row row) {
        Double amount = row.number("cost_amount", 0, 1e15, "");
        String currency = row.text("cost_currency");
        Integer year = row.year("cost_year");
        if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
            row.error("cost_currency", "invalid currency '" + currency + "'; expected an ISO 4217 code such as USD");
            return null;
        }
        if (amount == null) {
            if (!currency.isEmpty() && row.text("cost_amount").isEmpty()) {
                row.error("cost_amount", "cost_currency is given without a cost_amount");
            }
            return null;
        }
        if (currency.isEmpty()) {
            row.error("cost_currency", "required with a cost_amount");
        }
        if (year == null && row.text("cost_year").isEmpty()) {
            row.error("cost_year", "required with a cost: the year of the money");
        }
        return row.failed() ? null : new Money(amount, currency, year);
    }

    private ProjectReader() {
    }
}
