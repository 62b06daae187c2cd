package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.source.Provenance;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;

import java.util.List;

/** Reads vehicles.csv: vehicle profiles with the figures access rules are checked against. */
final class VehicleReader {

    /** Bounds beyond which a figure is surely a typo or a wrong unit (road vehicles, not special transports). */
    private static final double MAX_WEIGHT_TONNES = 200;
    private static final double MAX_SIZE_M = 40;

    /** {@code vehicles.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<Vehicle> FILE = LayerFile.csv(DatasetFiles.VEHICLES,
            List.of("id", "name", "class", "source"),
            List.of("gross_weight_t", "axle_load_t", "height_m", "width_m", "length_m", "payload_t", "teu",
                    "confidence", "note"), VehicleReader::vehicle);

    private static Vehicle vehicle(Row row) {
        String id = row.id("id");
        String name = row.required("name");
        VehicleClass vehicleClass = row.enumValue("class", VehicleClass.class, true);
        Double gross = row.number("gross_weight_t", 0, MAX_WEIGHT_TONNES, "t");
        Double axle = row.number("axle_load_t", 0, MAX_WEIGHT_TONNES, "t");
        Double height = row.number("height_m", 0, MAX_SIZE_M, "m");
        Double width = row.number("width_m", 0, MAX_SIZE_M, "m");
        Double length = row.number("length_m", 0, MAX_SIZE_M, "m");
        Double payload = row.number("payload_t", 0, MAX_WEIGHT_TONNES, "t");
        Integer teu = row.wholeNumber("teu", 0, 10);
        if (gross != null && payload != null && payload > gross) {
            row.error("payload_t", "payload " + payload + " t is more than the gross weight " + gross + " t");
        }
        if (gross != null && axle != null && axle > gross) {
            row.error("axle_load_t", "axle load " + axle + " t is more than the gross weight " + gross + " t");
        }
        Provenance provenance = row.provenance();
        return row.failed() ? null : new Vehicle(id, name, vehicleClass, gross, axle, height, width, length, payload,
                teu, provenance);
    }

    private VehicleReader() {
    }
}
