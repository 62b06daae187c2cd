package corridor.model.vehicle;

import corridor.model.source.Confidence;
import corridor.model.source.Provenance;

/**
 * A vehicle profile: what a shipper sends, with the figures access rules are checked against.
 * Unknown figures are {@code null} (a rule on an unknown figure does not exclude the vehicle).
 * Immutable.
 *
 * @param id                 unique key ("rigid-truck")
 * @param name               display name
 * @param vehicleClass       car, light or heavy transport vehicle
 * @param grossWeightTonnes  laden gross weight, tonnes
 * @param axleLoadTonnes     the heaviest axle's load, tonnes
 * @param heightM            height, metres
 * @param widthM             width, metres
 * @param lengthM            overall length, metres
 * @param payloadTonnes      what it carries, tonnes
 * @param teu                containers it carries, in twenty-foot equivalent units
 * @param provenance         sources and confidence
 */
public record Vehicle(String id, String name, VehicleClass vehicleClass, Double grossWeightTonnes,
                      Double axleLoadTonnes, Double heightM, Double widthM, Double lengthM, Double payloadTonnes,
                      Integer teu, Provenance provenance) {

    /** The id of the vehicle that routes take when none is asked for: the truck that carries the default 20 t. */
    public static final String DEFAULT_ID = "rigid-truck";

    /**
     * A heavy transport vehicle with no figures: what a route assumes when the dataset has no
     * vehicle profiles (class bans apply, weight and size limits cannot).
     */
    public static Vehicle unspecifiedTruck() {
        return new Vehicle(DEFAULT_ID, "truck (no vehicle profile in the dataset)", VehicleClass.HEAVY_TRANSPORT,
                null, null, null, null, null, null, null,
                new Provenance(java.util.List.of(), Confidence.APPROXIMATE, "no vehicles.csv"));
    }
}
