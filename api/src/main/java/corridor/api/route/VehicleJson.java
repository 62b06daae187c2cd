package corridor.api.route;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.model.vehicle.Vehicle;

import java.util.List;

/**
 * The vehicle profiles a route may be asked for ({@code vehicle}), as {@code GET /api/vehicles}
 * gives them to the planner: {@code default} (the id a request without {@code vehicle} takes, or
 * null when the dataset has no such profile) and {@code vehicles}, each with {@code id}, {@code name},
 * {@code class} (car, light_transport, heavy_transport), its figures (null where no source gives
 * one: {@code gross_weight_tonnes}, {@code axle_load_tonnes}, {@code height_m}, {@code width_m},
 * {@code length_m}, {@code payload_tonnes}, {@code teu}), {@code sources} and {@code confidence}.
 * Stateless; thread-safe.
 */
public final class VehicleJson {

    private VehicleJson() {
    }

    /** The answer for the dataset's {@code vehicles}, in their order. */
    public static ObjectNode list(List<Vehicle> vehicles) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (vehicles.stream().anyMatch(v -> v.id().equals(Vehicle.DEFAULT_ID))) {
            body.put("default", Vehicle.DEFAULT_ID);
        } else {
            body.putNull("default");
        }
        ArrayNode array = body.putArray("vehicles");
        vehicles.forEach(v -> array.add(vehicle(v)));
        return body;
    }

    private static ObjectNode vehicle(Vehicle v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", v.id());
        node.put("name", v.name());
        node.put("class", JsonValues.lower(v.vehicleClass()));
        node.put("gross_weight_tonnes", v.grossWeightTonnes());
        node.put("axle_load_tonnes", v.axleLoadTonnes());
        node.put("height_m", v.heightM());
        node.put("width_m", v.widthM());
        node.put("length_m", v.lengthM());
        node.put("payload_tonnes", v.payloadTonnes());
        node.put("teu", v.teu());
        node.set("sources", JsonValues.texts(v.provenance().sourceIds()));
        node.put("confidence", JsonValues.lower(v.provenance().confidence()));
        return node;
    }
}
